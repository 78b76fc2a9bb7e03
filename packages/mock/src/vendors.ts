/** Every vendor API ispkit covers, with the port its mock listens on by default. */
export const vendors = [
  { name: 'smartisp', title: 'SmartISP API v1', port: 4010 },
  { name: 'zalultra', title: 'ZalUltra tickets API', port: 4011 },
  { name: 'suricata-wispro', title: "Suricata's Wispro integration API", port: 4012 },
  { name: 'pmp', title: 'BusinessLabs PMP API (Perfex CRM)', port: 4013 },
] as const;

export type VendorName = (typeof vendors)[number]['name'];
export type Vendor = (typeof vendors)[number];

export function findVendor(name: string): Vendor {
  const vendor = vendors.find((v) => v.name === name);
  if (!vendor) {
    throw new Error(`unknown vendor "${name}"; known vendors: ${vendors.map((v) => v.name).join(', ')}`);
  }
  return vendor;
}
