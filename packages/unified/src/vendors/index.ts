import { pmp } from './pmp.js';
import { smartisp } from './smartisp.js';
import { suricataWispro } from './suricata-wispro.js';
import { zalultra } from './zalultra.js';

export interface VendorDefinitions {
  smartisp: typeof smartisp;
  zalultra: typeof zalultra;
  'suricata-wispro': typeof suricataWispro;
  pmp: typeof pmp;
}

/** Every vendor the unified client speaks to, by name. */
export const vendorDefinitions: VendorDefinitions = { smartisp, zalultra, 'suricata-wispro': suricataWispro, pmp };
