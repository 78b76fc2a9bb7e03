/**
 * What `ispkit record` replaces before an answer becomes a recording, and with what: the single
 * list of sanitizing rules. A field matches a rule by name (case-insensitive), in a response body
 * and in the request's path, query and body alike; a value matches by `values` wherever it is.
 * The same real value always becomes the same fake (seeded by its HMAC, keyed with the
 * installation's key), so records that share a person still do after sanitizing.
 */
export interface SanitizeRule {
  /** What the values are, shown in `--dry-run` and in a recording's `provenance.sanitized`. */
  label: 'credential' | 'name' | 'email' | 'phone' | 'national id' | 'address' | 'coordinates';
  /** Field names whose values are replaced. */
  fields: readonly string[];
  /** Parent fields under which `fields` are not personal (a plan's or router's `name`). */
  notUnder?: readonly string[];
  /** Values replaced wherever they appear, also inside longer text. */
  values?: RegExp;
  /**
   * How the fake is made, keeping the JSON type (a number stays a number) and the empty string:
   * - `shape`: same length and characters of the same class: letters become `fake…`, digits
   *   become zeros ending in four digits of the hash, everything else is kept (`+593 98-765-4321`
   *   → `+000 00-000-1234`, `-0.1807,-78.4678` → `-0.0000,-00.1234`);
   * - `name`: as many words, from a list of given names and surnames;
   * - `email`: `persona-<hash>@example.com`;
   * - `address`: `Calle Ejemplo <number>`;
   * - `url`: the same scheme and host, the rest shaped (a login link that carries a token).
   */
  fake: 'shape' | 'name' | 'email' | 'address' | 'url';
}

export const SANITIZE_RULES: readonly SanitizeRule[] = [
  {
    label: 'credential',
    fields: [
      'password',
      'pass',
      'pass_hot',
      'pppoe_password',
      'pppoe_username',
      'user_hot',
      'login',
      'token',
      'key',
      'api_key',
      'apikey',
      'authtoken',
      'access_token',
      'secret',
      'ticketkey',
    ],
    fake: 'shape',
  },
  { label: 'credential', fields: ['link_mobile_login'], fake: 'url' },
  {
    label: 'name',
    fields: [
      'name',
      'firstname',
      'first_name',
      'lastname',
      'last_name',
      'fullname',
      'full_name',
      'client_name',
      'customer_name',
      'subscriber_name',
      'contact_name',
      'company',
      'nombre',
      'nombres',
      'apellido',
      'apellidos',
    ],
    notUnder: ['plan', 'plans', 'router', 'routers', 'connections'],
    fake: 'name',
  },
  {
    label: 'email',
    fields: ['email', 'mail', 'correo', 'e_mail'],
    values: /[A-Za-z0-9._%+-]+@(?!example\.(?:com|org|net)\b)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g,
    fake: 'email',
  },
  {
    label: 'phone',
    fields: [
      'phone',
      'phones',
      'phonenumber',
      'phone_number',
      'phone_mobile',
      'mobile',
      'telephone',
      'telefono',
      'telefonos',
      'celular',
      'whatsapp',
    ],
    fake: 'shape',
  },
  {
    label: 'national id',
    fields: [
      'dni',
      'cedula',
      'ruc',
      'nit',
      'cuit',
      'cuil',
      'vat',
      'national_identification_number',
      'document',
      'document_number',
      'identification',
    ],
    fake: 'shape',
  },
  {
    label: 'address',
    fields: ['address', 'address_street', 'billing_street', 'shipping_street', 'street', 'direccion', 'domicilio'],
    fake: 'address',
  },
  { label: 'address', fields: ['address_number'], fake: 'shape' },
  { label: 'coordinates', fields: ['coordinates', 'latitude', 'longitude', 'lat', 'lng', 'lon'], fake: 'shape' },
];
