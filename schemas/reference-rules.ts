/**
 * The rules `planb validate` enforces beyond the schema, for docs/blueprint.md. Each is a check in
 * loader/semantic/ that a later stage (analysis, documents, plan) would otherwise refuse or drop:
 * what validate accepts, build builds, and the plan builds what the analysis counts on.
 */
export const RULES_SECTION: readonly string[] = [
  '## Rules beyond the schema',
  '',
  'These are checked by `planb validate` (and by every command before it works), so that a blueprint',
  'validate accepts always builds and the plan builds everything the analysis counts on:',
  '',
  '- **Ids and references** (PB030, PB031, PB035): ids are unique per kind; every reference names something declared.',
  '- **No circles** (PB032, PB036): `dependsOn`, `standby` and channel `backup` may not lead back to where they started;',
  '  a service is not its own standby, a channel not its own backup.',
  '- **Audiences** (PB037): a process\'s `customerMessage` is a message with `audience: customers`; a message goes out only',
  '  over channels of its own audience; a channel\'s `backup` reaches the same audience; alert stages use team channels.',
  '- **Invisible characters** (PB038): no control characters (other than tab and line breaks) and no bidirectional',
  '  overrides, isolates or marks (U+202A-202E, U+2066-2069, U+200E, U+200F, U+061C), in any key or value.',
  '- **DNS records** (PB040): A values are IPv4 addresses and AAAA values IPv6 addresses; a CNAME has one host-name value,',
  '  is not at the apex (`@`) and stands alone on its name; a name and type are declared once (merge the values); MX',
  '  values carry a preference (`10 mx.example.com.`) or the record has `priority`; CAA values read `0 issue "ca.example"`;',
  '  names are relative (`@`, `www`, `_dmarc`); TTLs are 1m to 1d; a failover record\'s secondary differs from its primary.',
  '- **Addresses** (PB041): an http endpoint\'s `url` is an http:// or https:// URL, a tcp endpoint\'s is `host:port`',
  '  (port 1..65535), a dns endpoint\'s is a host name; business checks fetch an http(s) URL.',
  '- **Checks the providers can run** (PB042): http and tcp endpoints are checked by Route 53 every `10s` or `30s`, from',
  '  its checker regions (us-east-1, us-west-1, us-west-2, eu-west-1, ap-southeast-1, ap-southeast-2, ap-northeast-1,',
  '  sa-east-1); dns endpoints are compared by a probe every `5m` (their default) and must name a host on a domain',
  '  served by both cloudflare and route53; `tlsDaysLeft` needs an https:// URL; a failover record follows an http or',
  '  tcp endpoint, not a dns one.',
  '- **Time zone** (PB043): `business.timezone` is an IANA zone spelt as in the database (`Europe/Moscow`, `UTC`).',
  '- **Bounds** (PB044): no duration is longer than 10 years (`3650d`); dates lie in the years 2000..2100;',
  '  `business.revised` is not after today (the only check that reads the clock; outputs never do).',
  '- **What the infrastructure can build** (PB045): `replicaRegion` differs from `awsRegion`; a domain served by',
  '  cloudflare and route53, and an off-provider backup bucket (R2), need `infrastructure.cloudflareAccountId`; R2 bucket',
  '  names (`planb-<slug>-backup-<data>-<copy>-offsite`) fit in 63 characters; a webhook channel has an https:// address;',
  '  the first alert stage has no `after` and later stages wait 1m to 1d; a status page hosted on aws is at',
  '  `status.<domain>` and each of its components has an http or tcp endpoint.',
  '',
];
