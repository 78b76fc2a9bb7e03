// The string formats the specs use, each its own constant: a generated operation refers to the
// formats its schemas name, so that an application ships only those. An unknown format is refused
// by the code generator.
export const dateFormat = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const dateTimeFormat = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
export const timeFormat = /^\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;
// No two quantifiers can claim the same character: linear time on any input.
export const emailFormat = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
export const uuidFormat = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const ipv4Format = /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
export const uriFormat = /^[a-z][a-z\d+.-]*:[^\s]*$/i;

/** Every supported format by its spec name; the constants' names are `<camelCase name>Format`. */
export const FORMATS: Readonly<Record<string, RegExp>> = {
  date: dateFormat,
  'date-time': dateTimeFormat,
  time: timeFormat,
  email: emailFormat,
  uuid: uuidFormat,
  ipv4: ipv4Format,
  uri: uriFormat,
};
