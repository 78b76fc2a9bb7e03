import { findVendor, type Vendor, vendors } from '@ispkit/mock';

/**
 * The vendors this run covers: all of them, or those named in `ISPKIT_VENDORS`
 * (comma-separated), to work on one vendor without starting the others' mocks.
 */
export const selectedVendors: readonly Vendor[] = process.env.ISPKIT_VENDORS
  ? process.env.ISPKIT_VENDORS.split(',').map((name) => findVendor(name.trim()))
  : vendors;

export const selectedNames = selectedVendors.map((v) => v.name);
