/**
 * Realistic Latin American subscriber data, planted in the answers of a server that otherwise
 * answers like each vendor: declared fields, undeclared fields, free text, and the parameters of
 * lookups. `ispkit record` must write none of it, nor the digits of any of it.
 */

// biome-ignore lint/suspicious/noExplicitAny: reaching into known recorded bodies
type Json = any;

export const P = {
  person: 'Jorge Villalba',
  contact: 'Mariela Muñoz Ibarra',
  agent: 'Valeria Cáceres',
  dniDots: '30.123.456',
  dni: '30123456',
  cuit: '20-30123456-3',
  cuil: '27314567892',
  cedula: '1710034065',
  ruc: '0912345675001',
  phoneAr: '+54 9 351 482-7719',
  landlineAr: '0351 482-7719',
  phoneEc: '+593 98 765 4321',
  mobileEc: '0987654321',
  phoneMx: '+52 55 1234 5678',
  phoneCo: '+57 300 123 4567',
  phonePe: '+51 987 654 321',
  phoneCl: '+56 9 8765 4321',
  email: 'jorge.villalba@fibracordoba.com.ar',
  cbu: '2850590994009041813526',
  card: '4509 9535 6623 3704',
  cardLast4Text: 'tarjeta terminada en 4821',
  ipv4: '181.45.123.89',
  ipv4Other: '186.33.210.14',
  cgnat: '100.64.12.7',
  ipv6: '2800:810:5a3:1f0::2b',
  ipv6Prefix: '2800:810:5a3:2000::/56',
  mac: 'A4:5E:60:C2:19:7B',
  macDash: '3c-84-6a-11-02-ef',
  onuSerial: 'ZTEGC8A1F2B3',
  coordinates: '-31.420083,-64.188776',
  latitude: '-34.603722',
  jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzMDEyMzQ1NiJ9.Q1x2Y3z4W5v6U7t8S9r0pXq',
  photoUrl: 'https://storage.fibracordoba.com.ar/dni/30123456-frente.jpg?token=a8F3kL9qZ2Wm',
  website: 'https://ferreteria-munoz.com.ar',
  ssid: 'Fibra_Villalba_5G',
  wifiPassword: 'Tr3sGatos-Verdes',
  pppoeUser: 'jvillalba_cba',
  pppoePassword: 'Mendoza#2024!x',
  routerAdmin: 'AdminRouter!77z',
  hexSecret: '9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  stripe: 'cus_Q8xZ3kLmN2pR7t',
  city: 'Villa Carlos Paz',
  street: 'Av. Colón 1234, Barrio Alberdi',
  zip: 'X5152ABC',
  birth: '1987-03-14',
  keysearch: 'Muñoz',
};

/** What a subscriber writes in a ticket: every kind of personal data, in one message. */
export const FREE_TEXT = [
  `Hola, soy ${P.person}, DNI ${P.dniDots}, CUIT ${P.cuit}, cédula ${P.cedula}, RUC ${P.ruc}.`,
  `Llamar al ${P.landlineAr} o al ${P.phoneAr}; en Quito ${P.phoneEc} o ${P.mobileEc}; también ${P.phoneMx}, ${P.phoneCo}, ${P.phonePe}, ${P.phoneCl}.`,
  `Escribir a ${P.email}. Red ${P.ssid} clave: ${P.wifiPassword}. PPPoE usuario: ${P.pppoeUser} contraseña: ${P.pppoePassword}.`,
  `IP ${P.ipv4Other}, IPv6 ${P.ipv6}, MAC ${P.mac}. CBU ${P.cbu}. Pago con ${P.cardLast4Text}, o la ${P.card}.`,
  `Ubicación ${P.coordinates}. Token ${P.jwt} y ${P.hexSecret}. Foto: ${P.photoUrl}`,
].join(' ');

/** Fields no spec declares, as a vendor might add them any day. */
export const UNDECLARED = {
  telefono_movil: P.phoneAr,
  documento: P.dniDots,
  usuario: P.pppoeUser,
  clave: P.pppoePassword,
  wifi_ssid: P.ssid,
  wifi_password: P.wifiPassword,
  router_admin_password: P.routerAdmin,
  cbu: P.cbu,
  card_last4: '4821',
  ip_address: P.ipv4Other,
  gps: P.coordinates,
  fecha_nacimiento: P.birth,
  cuil: Number(P.cuil),
};

/** The planted values that must not survive; the short and the ordinary ones are checked in their context. */
export function plantedValues(): string[] {
  return [...Object.values(P), 'Villalba', 'Cáceres', 'Muñoz'];
}

/** Digits-only forms of the planted values with seven digits or more (a DNI without its dots, a phone without spaces). */
export function plantedDigits(): string[] {
  const all = [...Object.values(P), ...Object.values(UNDECLARED).map(String)];
  return [...new Set(all.map((v) => v.replace(/\D/g, '')).filter((d) => d.length >= 7))];
}

export const plant: Record<string, (operationId: string, body: Json) => undefined> = {
  smartisp: (operationId, body) => {
    if (operationId === 'getUser') {
      Object.assign(body.user, {
        name: P.person,
        email: P.email,
        phone: P.mobileEc,
        dni: P.dni,
        address: P.street,
        photo: P.photoUrl,
        custom_token_nuvai: P.jwt,
        coordinates: P.coordinates,
        onusn: P.onuSerial,
        ...UNDECLARED,
      });
    }
    if (operationId === 'getRouters') {
      Object.assign(body.routers[0], { ip: P.ipv4, location: P.street, lan: P.cgnat, coordinates: P.coordinates });
    }
    if (operationId === 'getTicket') {
      body.data.client.name = P.person;
      body.data.client.dni = P.cedula;
      body.data.subject = `Sin servicio, ${P.person}`;
      body.data.answers[0].message = FREE_TEXT;
      body.data.answers[0].user = P.pppoeUser;
    }
    if (operationId === 'getInvoiceWithClient') body.BillCustomer.client_id = P.person;
    return undefined;
  },
  zalultra: (operationId, body) => {
    if (operationId === 'getTicket') {
      Object.assign(body.data, { title: `Corte en casa de ${P.person}`, description: FREE_TEXT, subscriber_name: P.contact });
      body.data.replies[0].user_name = P.agent;
      body.data.replies[0].message = `Visita al ${P.street}, ${P.city}. ${P.phoneCo}`;
      Object.assign(body.data, UNDECLARED);
    }
    return undefined;
  },
  'suricata-wispro': (operationId, body) => {
    if (operationId !== 'getUserData') return undefined;
    Object.assign(body, {
      name: P.contact,
      email: P.email,
      phone_mobile: P.phoneAr,
      national_identification_number: P.dni,
      city: P.city,
      details: FREE_TEXT,
      ...UNDECLARED,
    });
    Object.assign(body.contracts[0], {
      ip: P.ipv4,
      mac_address: P.mac,
      dhcp_mac_address: P.macDash,
      cable_modem_ip: P.cgnat,
      cable_modem_mac_address: P.mac,
      pppoe_username: P.pppoeUser,
      pppoe_password: P.pppoePassword,
      latitude: P.latitude,
      address_street: P.street,
      address_city: P.city,
      address_additional_data: `Portón verde, llamar al ${P.phoneAr}`,
    });
    return undefined;
  },
  pmp: (operationId, body) => {
    const customer = (c: Json) =>
      Object.assign(c, {
        company: P.contact,
        phonenumber: P.phoneCl,
        vat: P.cuit,
        city: P.city,
        zip: P.zip,
        billing_zip: P.zip,
        shipping_zip: P.zip,
        billing_city: P.city,
        shipping_street: P.street,
        address: P.street,
        website: P.website,
        stripe_id: P.stripe,
      });
    if (operationId === 'getCustomer') Object.assign(customer(body), UNDECLARED);
    if (operationId === 'searchCustomers') customer(body[0]);
    if (operationId === 'getLead') {
      Object.assign(body, {
        name: P.person,
        contact: P.contact,
        hash: `${P.hexSecret}-${P.hexSecret}`,
        description: FREE_TEXT,
        city: P.city,
        zip: P.zip,
        address: P.street,
      });
    }
    return undefined;
  },
};

/** Lookup parameters carrying personal data, per vendor. */
export const lookupParams: Record<string, string[]> = {
  smartisp: ['--param', `dni=${P.dni}`],
  zalultra: [],
  'suricata-wispro': ['--param', `q=${P.cuil}`, '--param', 'type=cuit'],
  pmp: ['--param', `keysearch=${P.keysearch}`],
};
