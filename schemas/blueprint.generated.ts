/* eslint-disable */
/**
 * GENERATED from schemas/blueprint.schema.json by schemas/generate-types.ts. Do not edit.
 */

/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
export type Id = string

/**
 * One file describing a small business's critical processes, the services they depend on, their plan B, people, channels and data.
 */
export interface Blueprint {
/**
 * Blueprint language version. Only version 1 exists today; the key is there so that a later version of the language can be recognised and migrated.
 */
version: 1
/**
 * The business.
 */
business: {
/**
 * The business name.
 */
name: string
/**
 * Short name used in resource names.
 */
slug: string
/**
 * Language of the documents.
 */
language?: ("en" | "ru")
/**
 * IANA time zone.
 */
timezone: string
/**
 * The owner (the id of a person)
 */
owner: string
/**
 * ISO currency code for costs.
 */
currency?: string
/**
 * When the blueprint was last revised; documents are dated from it.
 */
revised: string
/**
 * What the continuity measures cost per month, to set against the cost of downtime.
 */
measuresCostPerMonth?: number
}
/**
 * People with a part in the plan.
 * 
 * @minItems 1
 */
people: Person[]
/**
 * Who decides, in order, when the first person is unreachable.
 * 
 * @minItems 1
 */
escalation?: EscalationStep[]
/**
 * Places that can fail as a whole.
 */
places?: Place[]
/**
 * Services the business depends on.
 * 
 * @minItems 1
 */
services: Service[]
/**
 * Business processes.
 * 
 * @minItems 1
 */
processes: Process[]
/**
 * Critical data sets.
 */
data?: DataSet[]
/**
 * Domains.
 */
domains?: Domain[]
monitoring?: Monitoring
/**
 * Channels to the team and to customers.
 */
channels?: Channel[]
/**
 * Message templates.
 */
messages?: Message[]
/**
 * Alert routes.
 */
alerts?: AlertRoute[]
statusPage?: StatusPage
drills?: Drills
infrastructure?: Infrastructure
}
/**
 * A person
 */
export interface Person {
/**
 * Identifier used by references (the id of a person)
 */
id: string
/**
 * Full name as staff know it.
 */
name: string
/**
 * Role in the business or in the plan.
 */
role: string
/**
 * True when the person is an outside contractor rather than staff.
 */
contractor?: boolean
/**
 * Ways to reach the person, in the order to try them. An alert reaches the person only over a channel they have an address on: a telegram contact with the numeric chat id for Telegram channels (an @username cannot be paged by a bot), an email for e-mail, a phone or sms number in international format (+49 ...) for SMS and calls; AWS alarms cannot post to WhatsApp or Slack.
 * 
 * @minItems 1
 */
contacts: Contact[]
}
/**
 * A contact
 */
export interface Contact {
/**
 * How to reach the person.
 */
kind: ("phone" | "sms" | "email" | "telegram" | "whatsapp" | "signal" | "slack" | "other")
/**
 * The number, address or handle. Alarms reach a person by SMS at a phone number in international form (+7 ...), by e-mail, and on Telegram only at their numeric chat id (a bot cannot message an @username: the person sends /start to the bot, and `https://api.telegram.org/bot<token>/getUpdates` shows `"chat":{"id":...}`); keep the @username as another contact for people.
 */
value: string
}
/**
 * A step
 */
export interface EscalationStep {
/**
 * Who to reach at this step (the id of a person)
 */
person: string
/**
 * How long to keep trying this person before moving to the next step. Default 15m.
 */
tryFor?: string
}
/**
 * A place
 */
export interface Place {
/**
 * Identifier used by references (the id of a place)
 */
id: string
/**
 * What the place is called.
 */
name: string
/**
 * What kind of place it is.
 */
kind: ("datacenter" | "cloud-region" | "office" | "shop" | "warehouse" | "home" | "other")
/**
 * The company running the place, when it is a data centre or cloud region.
 */
provider?: string
}
/**
 * A service
 */
export interface Service {
/**
 * Identifier used by references (the id of a service)
 */
id: string
/**
 * What staff call the service.
 */
name: string
/**
 * What the service does for the business.
 */
kind: ("crm" | "payments" | "hosting" | "isp" | "telephony" | "messenger" | "email" | "drive" | "erp" | "shop" | "pos" | "nas" | "dns" | "delivery" | "sms" | "booking" | "bank" | "power" | "other")
/**
 * The company that provides it. Services with the same vendor fail together on a mass-outage day.
 */
vendor: string
/**
 * Where its data physically lives (country, city, data centre, or 'on the device').
 */
dataLocation?: string
/**
 * The availability the vendor promises.
 */
sla?: string
/**
 * Places the service runs in; it stops when all of them fail (ids of places)
 */
location?: Id[]
/**
 * Services this one needs to work (the office line for the POS terminal, the hosting for the shop) (ids of services)
 */
dependsOn?: Id[]
/**
 * Services that take over automatically when this one is down (a 4G router behind the office line, a second gateway the shop switches to by itself) (ids of services). Whatever needs this service keeps working while any standby works; a manual switch belongs in a process's plan B instead.
 */
standby?: Id[]
/**
 * Who owns the account with the vendor.
 */
account?: {
/**
 * Who the account is registered to. It should be the company.
 */
owner: ("company" | "contractor" | "person")
/**
 * The legal or natural person named on the account.
 */
registeredTo?: string
}
access?: Access
support?: Support
/**
 * Where staff open the service (admin panel, web app).
 */
url?: string
/**
 * Anything the team should know.
 */
notes?: string
}
/**
 * Who holds access and where the credentials are kept.
 */
export interface Access {
/**
 * Who knows how to get into this account (ids of people)
 * 
 * @minItems 1
 */
holders: Id[]
/**
 * Where the credentials are kept (password-manager entry). Plan B never stores the secret.
 */
vault?: string
/**
 * How to regain access if every holder is unreachable (e.g. the registrar's ownership recovery via company documents).
 */
recovery?: string
}
/**
 * Support terms.
 */
export interface Support {
/**
 * How to reach the vendor's support (phone, e-mail, portal URL).
 */
contact?: string
/**
 * When support answers.
 */
hours?: string
/**
 * The reaction time the terms promise: how soon someone starts on an urgent incident (an hour or less for a service a critical process needs).
 */
responseTime?: string
/**
 * Contract or plan name, and where it is kept.
 */
contract?: string
/**
 * A second person or line to reach when the first contact does not answer (a colleague of the freelancer, the agency's duty phone).
 */
secondContact?: string
}
/**
 * A process
 */
export interface Process {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * What the business calls this work.
 */
name: string
/**
 * How critical the process is
 */
criticality: ("critical" | "high" | "medium" | "low")
/**
 * Recovery time objective: the longest the process may stop.
 */
rto: string
/**
 * Recovery point objective: the most recent data it may lose.
 */
rpo: string
/**
 * Services the process needs on its normal path (ids of services)
 * 
 * @minItems 1
 */
needs: Id[]
/**
 * Data sets the process needs (ids of data sets)
 */
data?: Id[]
/**
 * Money lost per hour the process is stopped, in the business currency.
 */
costPerHour?: number
/**
 * How staff notice it is down.
 */
symptoms?: string[]
planB?: PlanB
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
customerMessage?: string
}
/**
 * The plan B
 */
export interface PlanB {
/**
 * The simpler way to keep working, in one sentence the staff understand.
 */
summary: string
/**
 * Services the plan B itself needs; it must not need what failed (ids of services)
 */
needs?: Id[]
/**
 * The steps to switch to the plan B, in order.
 * 
 * @minItems 1
 */
steps: string[]
/**
 * Things the plan B needs and where they are kept (printed forms in the safe, the spare router in the cupboard).
 */
requires?: string[]
/**
 * Who may decide to switch and do it (ids of people)
 * 
 * @minItems 1
 */
switchedBy: Id[]
/**
 * How long the switch takes once the person is reached.
 */
switchTime: string
/**
 * How degraded work is on the plan B.
 */
capacity?: string
/**
 * Steps to return to normal when the service is back.
 */
backToNormal?: string[]
}
/**
 * A data set
 */
export interface DataSet {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * What the data is.
 */
name: string
/**
 * Which part of the minimum set this is: the data a business must be able to read offline on the worst day.
 */
minimum?: ("customers" | "orders" | "templates" | "instructions")
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
source: string
/**
 * Copies kept away from the source.
 */
copies?: DataCopy[]
}
/**
 * A copy
 */
export interface DataCopy {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * What the copy is: backup-bucket (Plan B creates an encrypted, versioned AWS bucket with a replica), second-provider, usb (encrypted stick), printout, nas.
 */
kind: ("backup-bucket" | "second-provider" | "usb" | "printout" | "nas" | "other")
/**
 * Where the copy is kept.
 */
where: string
/**
 * The company holding the copy, if any. A copy with the source's vendor does not survive that vendor's outage.
 */
vendor?: string
/**
 * Places the copy is kept (ids of places)
 */
location?: Id[]
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
storedOn?: string
/**
 * How often the copy is refreshed.
 */
every: string
/**
 * True when the copy is made by a job, not by hand.
 */
automated?: boolean
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
madeBy?: string
/**
 * True when the copy can be read with no internet (USB, printout, NAS in the office).
 */
offline?: boolean
/**
 * When a restore from this copy was last tested.
 */
lastChecked?: string
/**
 * How often a restore must be tested.
 */
checkEvery?: string
/**
 * For backup-bucket: keep each version undeletable for this long (object lock).
 */
objectLock?: string
/**
 * For backup-bucket: also keep a copy on Cloudflare R2, off AWS.
 */
offProvider?: boolean
/**
 * For backup-bucket: how long old versions are kept. Default 90d.
 */
retainVersions?: string
}
/**
 * A domain
 */
export interface Domain {
/**
 * The domain name.
 */
name: string
/**
 * The registrar.
 */
registrar: string
/**
 * When the registration expires.
 */
expires: string
/**
 * True when the registrar renews it automatically.
 */
autoRenew?: boolean
/**
 * Who owns the domain.
 */
account: {
/**
 * Who the domain is registered to. It should be the company.
 */
owner: ("company" | "contractor" | "person")
/**
 * The legal or natural person named as registrant.
 */
registeredTo?: string
}
access?: Access1
/**
 * The authoritative DNS providers. Two providers survive one provider's outage; Plan B manages cloudflare and route53.
 * 
 * @minItems 1
 */
dns: ("cloudflare" | "route53" | "registrar" | "other")[]
/**
 * Static records.
 */
records?: DnsRecord[]
/**
 * Records that fail over on a check.
 */
failover?: Failover[]
/**
 * Warn this long before the domain expires. Without it nobody is warned.
 */
expiryWatch?: string
/**
 * True when the client pays for Cloudflare Load Balancing, so failover also works on Cloudflare's answers.
 */
cloudflareLoadBalancer?: boolean
/**
 * The Cloudflare plan of the zone; health checks need pro or above.
 */
cloudflarePlan?: ("free" | "pro" | "business" | "enterprise")
/**
 * DNSSEC as it is at the registrar: off (no DS record), one-provider (one DNS provider signs and the registrar holds its DS record) or multi-signer (every provider signs and publishes the others' keys, RFC 8901). With two providers only multi-signer resolves everywhere, and Route 53 cannot publish another provider's DNSKEY; the plan's preflight (PF012) says so.
 */
dnssec?: ("off" | "one-provider" | "multi-signer")
}
/**
 * Who holds access to the registrar account.
 */
export interface Access1 {
/**
 * Who knows how to get into this account (ids of people)
 * 
 * @minItems 1
 */
holders: Id[]
/**
 * Where the credentials are kept (password-manager entry). Plan B never stores the secret.
 */
vault?: string
/**
 * How to regain access if every holder is unreachable (e.g. the registrar's ownership recovery via company documents).
 */
recovery?: string
}
/**
 * A record
 */
export interface DnsRecord {
/**
 * Record name relative to the domain; @ for the apex.
 */
name: string
/**
 * Record type.
 */
type: ("A" | "AAAA" | "CNAME" | "TXT" | "MX" | "CAA")
/**
 * Record values.
 * 
 * @minItems 1
 */
values: string[]
/**
 * Time to live. Default 5m.
 */
ttl?: string
/**
 * MX priority.
 */
priority?: number
}
/**
 * A failover record
 */
export interface Failover {
/**
 * Record name relative to the domain.
 */
name: string
/**
 * Record type.
 */
type: ("A" | "AAAA" | "CNAME")
/**
 * The normal target (IP address or host name).
 */
primary: string
/**
 * The target when the check fails (a static copy of the site, a maintenance page).
 */
secondary: string
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
check: string
/**
 * Time to live; short, so resolvers follow the switch. Default 1m.
 */
ttl?: string
}
/**
 * Monitoring
 */
export interface Monitoring {
/**
 * Endpoints to watch.
 */
endpoints?: Endpoint[]
/**
 * Business checks.
 */
businessChecks?: BusinessCheck[]
}
/**
 * An endpoint
 */
export interface Endpoint {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * What is watched, in plain words.
 */
name?: string
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
service: string
/**
 * How to check: http (status and body), tcp (port open), dns (the answers of every DNS provider agree).
 */
check?: ("http" | "tcp" | "dns")
/**
 * For http: the URL to fetch. For tcp: host:port. For dns: the host name.
 */
url: string
/**
 * Expected HTTP status.
 */
expectStatus?: number
/**
 * Text the body must contain (Route 53 looks in the first 5,120 bytes).
 */
expectBody?: string
/**
 * Slower answers count as failures.
 */
maxResponseTime?: string
/**
 * For https: warn when the certificate has fewer days left than this.
 */
tlsDaysLeft?: number
/**
 * How often to check. http and tcp: 10s or 30s, the intervals Route 53 offers; Default 30s. dns: the answers are compared every 5 minutes; Default 5m for dns.
 */
interval?: string
/**
 * How many failed checks in a row mark it down.
 */
failureThreshold?: number
/**
 * Route 53 checker regions (at least 3). Default us-east-1, eu-west-1, ap-southeast-1.
 * 
 * @minItems 3
 */
regions?: string[]
/**
 * Severity of the alert when it fails. Default critical.
 */
severity?: ("critical" | "warning" | "info")
}
/**
 * A business check
 */
export interface BusinessCheck {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * What the check watches, in plain words.
 */
name: string
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
process: string
/**
 * An endpoint that returns the number as JSON or plain text.
 */
url: string
/**
 * For JSON: the field holding the number.
 */
field?: string
/**
 * Alert when the number is below this.
 */
floor: number
/**
 * The period the number covers.
 */
window: string
/**
 * Only alert in these local hours.
 */
activeHours?: string
/**
 * Severity of the alert. Default warning.
 */
severity?: ("critical" | "warning" | "info")
}
/**
 * A channel
 */
export interface Channel {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * What staff call it.
 */
name: string
/**
 * What kind of channel.
 */
kind: ("telegram" | "email" | "sms" | "phone" | "whatsapp" | "slack" | "webhook" | "site-banner" | "status-page" | "social" | "other")
/**
 * Who it reaches.
 */
audience: ("team" | "customers")
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
service?: string
/**
 * The non-secret address: e-mail, phone, chat id, URL.
 */
address?: string
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
backup?: string
/**
 * True for the team's rally point: where everyone gathers when something is down.
 */
rallyPoint?: boolean
}
/**
 * A message
 */
export interface Message {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * When to send it.
 */
situation: string
/**
 * Who it is for.
 */
audience: ("team" | "customers")
/**
 * Where to send it (ids of channels)
 */
channels?: Id[]
/**
 * The text, ready to send.
 */
text: string
}
/**
 * A route
 */
export interface AlertRoute {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * Alerts of this severity take the route
 */
severity: ("critical" | "warning" | "info")
/**
 * Only alerts about these processes (all when empty) (ids of processes)
 */
processes?: Id[]
/**
 * Stages, in escalation order.
 * 
 * @minItems 1
 */
stages: AlertStage[]
}
/**
 * A stage
 */
export interface AlertStage {
/**
 * Who to notify at this stage (ids of people)
 * 
 * @minItems 1
 */
notify: Id[]
/**
 * Channels to use, in fallback order (ids of channels)
 * 
 * @minItems 1
 */
via: Id[]
/**
 * Wait this long after the previous stage, and go on only if the alarm is still firing. The first stage starts at once.
 */
after?: string
/**
 * Repeat the notification this often while nobody acknowledges: 1m or more (the pager checks once a minute).
 */
repeat?: string
}
/**
 * The status page
 */
export interface StatusPage {
/**
 * The status page's host name.
 */
host: string
/**
 * Where the page is hosted; it must not share the failure domain of what it reports.
 */
hosting?: ("aws" | "cloudflare" | "other")
/**
 * Services the status page itself runs on (ids of services)
 */
dependsOn?: Id[]
/**
 * Components it shows.
 * 
 * @minItems 1
 */
components: StatusComponent[]
}
/**
 * A component
 */
export interface StatusComponent {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * What customers see.
 */
name: string
/**
 * Endpoints whose health it shows (ids of endpoints)
 * 
 * @minItems 1
 */
endpoints: Id[]
}
/**
 * Drills
 */
export interface Drills {
/**
 * How often to drill: every 6 to 12 months (180d to 365d).
 */
every: string
/**
 * When the last drill took place.
 */
last?: string
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
planOwner: string
/**
 * Scenarios to drill.
 * 
 * @minItems 1
 */
scenarios: DrillScenario[]
}
/**
 * A scenario
 */
export interface DrillScenario {
/**
 * An identifier: lower-case letters, digits and hyphens, starting with a letter or digit, at most 63 characters. Used in references and in resource names, so keep it stable.
 */
id: string
/**
 * The scenario.
 */
title: string
/**
 * What fails in the scenario: service ids, place ids, or vendor names as written on their services (every service of that vendor fails). A name that is a service or place id means that service or place, even when a vendor has the same name.
 * 
 * @minItems 1
 */
fail: string[]
/**
 * How long the outage lasts in the drill.
 */
duration?: string
}
/**
 * Where Plan B deploys
 */
export interface Infrastructure {
/**
 * The main AWS region.
 */
awsRegion?: string
/**
 * The AWS region of backup replicas.
 */
replicaRegion?: string
/**
 * The Cloudflare account id (not a secret).
 */
cloudflareAccountId?: string
/**
 * Create AWS Resilience Hub policies from the processes' RTO and RPO.
 */
resilienceHub?: boolean
}
