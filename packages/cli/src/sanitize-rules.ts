import { DETECTORS } from '@ispkit/mock';

/**
 * The rules of `ispkit record`, each with a stable id. The model ones (`ISP-S1xx`) are how a
 * recording is made and cannot be removed; the detectors (`ISP-S0xx`, shared with `ispkit scan`,
 * the mock and the contract suite) can, one by one, with `--disable-rule ID`, which the
 * recording's provenance then lists.
 */
export interface RecordRule {
  id: string;
  label: string;
  /** `--disable-rule` may name it. */
  removable: boolean;
}

export const MODEL_RULES = {
  defaultDeny: { id: 'ISP-S100', label: 'not marked safe in the spec', removable: false },
  undeclared: { id: 'ISP-S101', label: 'undeclared field', removable: false },
  key: { id: 'ISP-S102', label: 'the key', removable: false },
  echo: { id: 'ISP-S103', label: 'a value faked elsewhere', removable: false },
} as const satisfies Record<string, RecordRule>;

export const RECORD_RULES: readonly RecordRule[] = [
  ...DETECTORS.map((d) => ({ id: d.id, label: d.label, removable: true })),
  ...Object.values(MODEL_RULES),
];
