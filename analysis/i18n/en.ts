/**
 * English: the analysis' original wording, kept byte-for-byte (CI logs, SARIF and the tests read
 * it). Durations stay short ("2 h", "1.5 min") and dates ISO, as an integrator reads them.
 */
import type { DnsProvider } from '../../model/model';
import { ERRORS_SHOWN, type Format, type MinimumPart, type Phrasebook, type Subject, type SupportTerm, type Target } from './types';
import { countOf, pluralWord } from '../../i18n/plural';

/** "A, B and C" (no serial comma, as the findings always had). */
function list(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** 90 s -> "1.5 min"; 7200 -> "2 h". */
function duration(seconds: number): string {
  if (seconds < 120) return `${round(seconds)} s`;
  if (seconds < 2 * 3600) return `${round(seconds / 60)} min`;
  if (seconds < 3 * 86400) return `${round(seconds / 3600)} h`;
  return `${round(seconds / 86400)} days`;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** "1 person", "2 people": a count with its noun in the right form. */
function count(n: number, one: string, other: string): string {
  return countOf('en', n, { one, other });
}

/** The word that agrees with a count: "1 check notices", "2 checks notice". */
function agree(n: number, one: string, other: string): string {
  return pluralWord('en', n, { one, other });
}

/** "A, B or C": one of several things failing. */
function orList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

const format: Format = { list, duration, date: (iso) => iso, number: (n) => String(n) };

const subject = (s: Subject): string =>
  s.kind === 'vendor' ? `${s.name} (every service)` : s.kind === 'domain' ? `the domain ${s.name}` : s.name;
const KIND_NOUNS: Record<Subject['kind'], [one: string, many: string]> = {
  service: ['the service', 'the services'],
  vendor: ['the provider', 'the providers'],
  place: ['the place', 'the places'],
  person: ['', ''],
  domain: ['the domain', 'the domains'],
};

/**
 * Several failure points, grouped by kind. One kind reads as before ("Shop and Mail"); mixed kinds
 * get their nouns ("the service Shop, the provider Beget (every service), and the place Office").
 */
function subjects(list: readonly Subject[], conjunction: 'and' | 'or' = 'and'): string {
  const join = conjunction === 'and' ? format.list : orList;
  const kinds = [...new Set(list.map((s) => s.kind))];
  if (kinds.length <= 1) return join(list.map(subject));
  const groups = kinds.map((kind) => {
    const names = list.filter((s) => s.kind === kind).map((s) => s.name);
    const noun = KIND_NOUNS[kind][names.length > 1 ? 1 : 0];
    const tail = kind === 'vendor' ? ` (every service)` : '';
    return `${noun ? noun + ' ' : ''}${format.list(names)}${tail}`;
  });
  // Groups hold lists of their own, so three or more are told apart by a serial comma.
  const tail = groups.length > 2 ? `, ${conjunction} ` : ` ${conjunction} `;
  return `${groups.slice(0, -1).join(', ')}${tail}${groups[groups.length - 1]}`;
}

const target = (t: Target): string => (t.kind === 'domain' ? `the domain ${t.name}` : t.name);
const who = (registeredTo: string | undefined): string => (registeredTo ? ` (${registeredTo})` : '');

export const MINIMUM_WORDS: Record<MinimumPart, string> = {
  customers: 'active customers and contacts',
  orders: 'open orders',
  templates: 'document templates',
  instructions: 'emergency instructions',
};

const TERM_WORDS: Record<SupportTerm, string> = { responseTime: 'reaction time', hours: 'support hours', secondContact: 'second contact' };

const DNS: Record<DnsProvider, string> = {
  cloudflare: 'Cloudflare',
  route53: 'Route 53',
  registrar: "the registrar's DNS",
  other: 'the other DNS provider',
};

export const en: Phrasebook = {
  format,
  rules: {
    PB101: {
      summary: 'A service, vendor or place whose loss stops two or more critical or high processes that have no plan B independent of it.',
      why: 'On the day it goes down several important parts of the business stop at once, and nobody has a way around it.',
      fix: 'Give these processes a plan B that does not need it, or add a second, independent provider or place.',
      messages: {
        vendor: (p, f) =>
          `When every service of ${p.vendor} fails at once, ${f.list(p.processes)} stop together, and none of them has a plan B that works without it.`,
        point: (p, f) =>
          `When ${subject(p.point)} fails, ${f.list(p.processes)} stop together, and none of them has a plan B that works without it.`,
        merged: (p, f) =>
          `When ${subjects(p.points, 'or')} fails, ${f.list(p.processes)} stop together, and none of them has a plan B that works without either.`,
      },
    },
    PB102: {
      summary: 'A critical or high process has no plan B.',
      why: 'When one of its services stops, staff have no agreed way to keep working and improvise under pressure.',
      fix: 'Write a plan B for it: a simpler, possibly manual way to keep working, its steps, and who switches to it.',
      messages: {
        critical: (p) => `${p.process} is critical but has no plan B.`,
        high: (p) => `${p.process} matters to customers but has no plan B.`,
      },
    },
    PB103: {
      summary: 'A plan B needs a service, vendor or place that the normal path also needs.',
      why: 'A plan B that fails with the normal way of working is no plan B on the day it is needed.',
      fix: 'Change the plan B so it does not need what the normal path needs (another line, another vendor), or add a second, independent one.',
      messages: {
        shared: (p) => `The plan B for ${p.process} fails together with its normal way of working: both need ${subjects(p.points)}.`,
      },
    },
    PB104: {
      summary: 'A critical or high process has no ready-made message for customers.',
      why: 'In an outage nobody has time to find the right words; silence costs customers.',
      fix: "Write a message template for this situation and set it as the process's customerMessage.",
      messages: { missing: (p) => `There is no ready message to tell customers when ${p.process} stops.` },
    },
    PB110: {
      summary: 'A service account or a domain is registered to a contractor or a private person, not the company.',
      why: 'If that person leaves, falls out with you or is unreachable, the business cannot prove the account is its own.',
      fix: 'Move the account (or the domain registration) to the company, with company documents and a company e-mail.',
      messages: {
        service: (p) => `The ${p.service} account belongs to a ${p.owner}${who(p.registeredTo)}, not to the company.`,
        domain: (p) => `The domain ${p.domain} is registered to a ${p.owner}${who(p.registeredTo)}, not to the company.`,
      },
    },
    PB111: {
      summary: 'Access to an important account is held by one person only, or by nobody on record.',
      why: 'When that one person is on holiday, ill or gone, nobody can get into the account on the bad day.',
      fix: 'Give a second person access (through the company password manager) and write down how to recover the account.',
      messages: {
        nobody: (p) => `Nobody is recorded as holding access to ${target(p.target)}.`,
        one: (p) => `Only ${p.person} can get into ${target(p.target)}.`,
      },
    },
    PB112: {
      summary: 'An account has access holders but no password-manager reference.',
      why: "Credentials that live in someone's head or notebook are lost with that person.",
      fix: 'Store the credentials in the company password manager and add its entry as access.vault.',
      messages: {
        service: (p) => `The ${p.service} credentials are not in the company password manager.`,
        domain: (p) => `The registrar credentials for ${p.domain} are not in the company password manager.`,
      },
    },
    PB113: {
      summary: 'The escalation order has fewer than two people.',
      why: 'When the one person who decides is unreachable, nobody else knows it is their turn.',
      fix: 'Add at least a second person to the escalation order, with how long to try each one.',
      messages: {
        none: () => 'There is no escalation order: nobody knows who decides when the first person is unreachable.',
        one: (p) => `The escalation order ends with ${p.person}: there is nobody to turn to next.`,
      },
    },
    PB114: {
      summary: 'Only one person, or only contractors, can switch a process to its plan B.',
      why: 'Support is a process, not a person: if the one who can switch is unreachable, the plan B never starts.',
      fix: 'Name at least one more member of staff in switchedBy, and make sure they have the printed steps.',
      messages: {
        contractors: (p) => `Only contractors can switch ${p.process} to its plan B, nobody on the staff.`,
        one: (p) => `Only ${p.person} can switch ${p.process} to its plan B.`,
      },
    },
    PB115: {
      summary:
        'A service a critical or high process needs is run by one contractor or freelancer without support terms (reaction time, hours, a second contact), or with a reaction time longer than the RTO, or over an hour for a critical process.',
      why: 'When that one person is ill, on holiday or busy with another client, nobody fixes the service: the process stops as surely as in an outage. Urgent incidents need a reaction within an hour, kept apart from planned work.',
      fix: "Agree support terms with the contractor and write them in support: responseTime (an hour or less for urgent incidents, within the RTO), hours, and secondContact (a colleague or the agency's duty line).",
      messages: {
        noTerms: (p, f) =>
          `${p.service}, which ${f.list(p.processes)} ${agree(p.processes.length, 'needs', 'need')}, is run by ${p.runner} alone, with no ${orList(p.missing.map((m) => TERM_WORDS[m]))} agreed.`,
        slowerThanRto: (p, f) =>
          `${p.runner}, who alone runs ${p.service}, promises to react within ${f.duration(p.reaction)}, longer than the RTO of ${p.process} (${f.duration(p.rto)}).`,
        slowForUrgent: (p, f) =>
          `${p.runner}, who alone runs ${p.service}, promises to react within ${f.duration(p.reaction)}; an urgent incident needs a reaction within an hour.`,
      },
    },
    PB120: {
      summary: 'A data set has no copy, or all its copies live with the provider (or in the place) that holds the source.',
      why: 'When that provider has an outage or loses the data, the copies go with it.',
      fix: 'Keep at least one copy with another provider or offline: a backup bucket, a second provider, an encrypted USB stick.',
      messages: {
        noCopy: (p) => `${p.data} has no copy anywhere but ${p.source}.`,
        withSource: (p, f) => {
          const where = [
            ...(p.providers.length > 0 ? [`with ${f.list(p.providers)}`] : []),
            ...(p.places.length > 0 ? [`in ${f.list(p.places)}`] : []),
          ];
          return `Every copy of ${p.data} is kept ${where.join(' and ')}, where the original lives.`;
        },
      },
    },
    PB121: {
      summary: 'Part of the minimum data set (customers, open orders, templates, instructions) has no offline copy.',
      why: 'On the worst day, with no internet and no cloud, staff must still read who the customers are and what was ordered.',
      fix: 'Keep a current offline copy (encrypted USB stick, printout, office NAS) of each part of the minimum set, and name the part it holds in the minimum key of the data set (customers, orders, templates or instructions).',
      messages: {
        undeclared: (p) => `No data set holds the ${MINIMUM_WORDS[p.part]}, so nobody keeps them offline.`,
        notOffline: (p) => `${p.data} (${MINIMUM_WORDS[p.part]}) has no offline copy.`,
      },
    },
    PB122: {
      summary: 'The most frequent copy of a data set is made less often than the RPO of a process that needs it.',
      why: 'If the source is lost, the business loses more recent work than it said it could afford.',
      fix: 'Copy the data at least as often as the strictest RPO (an automated job), or relax the RPO knowingly.',
      messages: {
        tooRare: (p, f) =>
          `The freshest copy of ${p.data} is made every ${f.duration(p.every)}, but ${p.process} may lose at most ${f.duration(p.rpo)} of it.`,
      },
    },
    PB123: {
      summary: 'A restore from a copy was never tested, or the last test is older than its checkEvery.',
      why: 'Only about a third of companies check their backups; an untested copy is often found broken on the day it is needed.',
      fix: 'Restore from the copy on a schedule, then record the date in lastChecked (and how often in checkEvery).',
      messages: {
        never: (p) => `Nobody has ever tested restoring ${p.data} from ${p.where}.`,
        overdue: (p, f) => `The restore test of ${p.data} from ${p.where} is overdue since ${f.date(p.due)}.`,
      },
    },
    PB124: {
      summary: 'The only copies of a data set made often enough for a short RPO (under a week) are made by hand.',
      why: 'A copy that waits for a person is skipped on their holiday or sick day, and nobody notices until the data is needed.',
      fix: 'Make the copy with an automated job (a backup bucket, a scheduled export), or name a second person and a reminder, and record who makes it in madeBy.',
      messages: {
        byPerson: (p, f) =>
          `${p.data} is copied to ${p.where} by hand, by ${p.person} alone: ${p.process} may lose at most ${f.duration(p.rpo)} only while ${p.person} remembers every time.`,
        byNobody: (p, f) =>
          `${p.data} is copied to ${p.where} by hand, and nobody is named to make the copy (madeBy): ${p.process} may lose at most ${f.duration(p.rpo)} only while someone remembers every time.`,
      },
    },
    PB130: {
      summary:
        "Detection, DNS TTL, escalation and plan B switch time add up to more than the process's RTO, or the checks that notice a failure alert nobody, so customers notice first.",
      why: 'Even if everyone does everything right, the process stays stopped longer than the business said it can afford.',
      fix: 'Check more often or with a lower failure threshold, put someone who may switch in the first alert stage, shorten TTLs or the switch, or raise the RTO knowingly.',
      messages: {
        slow: (p, f) => {
          const parts = [
            `${f.duration(p.detection)} to notice`,
            ...(p.dnsTtl > 0 ? [`${f.duration(p.dnsTtl)} of DNS TTL`] : []),
            `${f.duration(p.reach)} to reach ${p.person}`,
            `${f.duration(p.switchTime)} to switch`,
          ];
          return `When ${p.service} fails, ${p.process} is back on its plan B after ${f.duration(p.total)} at best (${parts.join(', ')}), longer than its RTO of ${f.duration(p.rto)}.`;
        },
        unheard: (p, f) =>
          `When ${orList(p.services)} fails, ${f.list(p.checks)} ${agree(p.checks.length, 'notices', 'notice')} it, but no alert reaches a person: customers notice first, and nobody can say when ${p.process} is back on its plan B.`,
      },
    },
    PB131: {
      summary: 'No alert route or escalation step reaches anyone who may switch a process to its plan B.',
      why: 'The people allowed to switch learn of the outage by chance, if at all.',
      fix: 'Add a switcher to an alert route for this process, or put them in the escalation order.',
      messages: {
        unreached: (p, f) =>
          `No alert or escalation step ever reaches ${f.list(p.people)}, who alone may switch ${p.process} to its plan B.`,
        unalerted: (p, f) =>
          `When ${orList(p.services)} fails, ${f.list(p.checks)} ${agree(p.checks.length, 'notices', 'notice')} it, but neither ${agree(p.checks.length, 'its alerts', 'their alerts')} nor the escalation order reaches ${f.list(p.people)}, who alone may switch ${p.process} to its plan B.`,
      },
    },
    PB132: {
      summary:
        'A check whose severity no alert route carries, an alert route that reaches nobody, or a first alert stage whose people have no address on its channels.',
      why: 'An alert that reaches nobody watches nothing: the business learns of the failure from its customers.',
      fix: "Add a route for the check's severity (or change the severity), and give each person an address on the route's channels (a numeric Telegram chat id, an e-mail, an international phone number).",
      messages: {
        noRoute: (p) => `No alert route carries ${p.severity} alerts for ${p.check}, so its alarm reaches nobody.`,
        noRouteWatch: (p) =>
          `No alert route carries ${p.severity} alerts for ${{ certificate: 'the certificate watch of', domain: 'the expiry watch of', backup: 'the missed-backup alarm of' }[p.watch]} ${p.name}, so its alarm reaches nobody.`,
        nobody: (p, f) =>
          `The alert route ${p.route} reaches nobody: ${f.list(p.people)} ${agree(p.people.length, 'has', 'have')} no address on ${f.list(p.channels)}, so its escalation never starts.`,
        firstUnaddressed: (p, f) =>
          `The first stage of the alert route ${p.route} notifies ${f.list(p.people)} over ${f.list(p.channels)}, where ${agree(p.people.length, 'that person has', 'they have')} no address.`,
      },
    },
    PB140: {
      summary: 'A critical or high process needs services that no endpoint watches, and no business check watches the process.',
      why: 'Nobody is told when it breaks; customers notice first.',
      fix: 'Add a monitoring endpoint for each of these services, or a business check (orders in the last hour) for the process.',
      messages: { blind: (p, f) => `Nothing watches ${f.list(p.services)}, which ${p.process} needs.` },
    },
    PB141: {
      summary: 'A domain has no expiry watch.',
      why: 'An expired domain takes the site, the e-mail and every link down at once, and renewal can take days.',
      fix: 'Set expiryWatch on the domain (for example 30d) so someone is warned in time, and turn on auto-renew.',
      messages: { unwatched: (p) => `Nobody is warned before ${p.domain} expires${p.autoRenew ? '' : ', and it does not renew itself'}.` },
    },
    PB142: {
      summary: "An https site on one of the business's domains is watched, but no endpoint warns before its TLS certificate expires.",
      why: 'An expired certificate makes browsers refuse the site with a frightening warning.',
      fix: 'Set tlsDaysLeft (for example 14) on one endpoint of this host.',
      messages: { unwatched: (p) => `Nobody is warned before the certificate of ${p.host} expires.` },
    },
    PB143: {
      summary: 'The business sells online (a process needs a shop or payments service) but no business check watches orders or payments.',
      why: 'A site can answer 200 while no order goes through; a drop in orders is often the only sign.',
      fix: 'Add a business check on the selling process: orders (or payments) in the last hour, with a floor.',
      messages: { unchecked: (p) => `Nothing tells you when orders or payments stop going through, though ${p.process} sells online.` },
    },
    PB144: {
      summary: 'A domain has expired or expires within 30 days.',
      why: 'When the domain lapses the site and the e-mail stop, and someone else may register it.',
      fix: 'Renew the domain now and turn on auto-renew with the registrar.',
      messages: {
        expired: (p, f) => `${p.domain} expired on ${f.date(p.date)}.`,
        expiring: (p, f) =>
          `${p.domain} expires on ${f.date(p.date)}${p.autoRenew ? ', relying on auto-renew' : ' and does not renew itself'}.`,
      },
    },
    PB150: {
      summary: 'The status page runs on a service, vendor, place or domain that a component it reports on also depends on.',
      why: 'The status page goes dark exactly when customers come to read it.',
      fix: 'Host the status page with a provider that none of the services it reports on uses (Plan B builds it on AWS), under a domain of its own.',
      messages: { shares: (p) => `The status page ${p.host} goes down with ${subjects(p.points)}, which it reports on.` },
    },
    PB151: {
      summary: 'Every channel of an alert route goes down with a service, vendor, place or domain that a process it reports on needs.',
      why: 'The alarm fires, but into a channel that is down too: nobody is told.',
      fix: 'Add a channel to the route (or a backup to its channel) that does not depend on what it reports on: SMS or a call instead of a messenger on the same line.',
      messages: {
        shares: (p, f) => {
          const more = p.processes.length > 3 ? ` and ${p.processes.length - 3} more` : '';
          const when = subjects(p.points, 'or');
          return `When ${when} fails, ${f.list(p.processes.slice(0, 3))}${more} ${agree(p.processes.length, 'stops', 'stop')} and every channel of the alert route ${p.route} goes down with it, so nobody is told.`;
        },
      },
    },
    PB152: {
      summary: 'The team has no rally point, the rally point has no backup independent of it, or no customer channel has a backup.',
      why: 'When the usual chat or phone line is down, people do not know where to gather, and customers cannot reach you.',
      fix: 'Mark a rally point for the team, give it a backup channel on another service, and give customer channels a backup line.',
      messages: {
        noRally: () => 'The team has no rally point to gather at when something is down.',
        rallyNoBackup: (p) => `The rally point ${p.channel} has no backup channel.`,
        rallyBackupShares: (p) => `The rally point ${p.channel} and its backup ${p.backup} both go down with ${subjects(p.points)}.`,
        noCustomerChannel: () => 'There is no channel to reach customers in an outage.',
        noCustomerBackup: () => 'No customer channel has a backup line.',
      },
    },
    PB153: {
      summary: 'The status page is hosted where Plan B does not build it: the plan creates no page and nothing that updates it.',
      why: 'A status page nobody builds or updates tells customers nothing on the day they come to read it.',
      fix: 'Set statusPage.hosting: aws to have Plan B build the page and update it from the health checks, or agree who runs the page you host and updates it during an incident.',
      messages: {
        elsewhere: (p) =>
          `The status page ${p.host} is hosted ${p.hosting === 'cloudflare' ? 'on Cloudflare' : 'elsewhere'}; Plan B builds only the AWS page (S3 and CloudFront), so this one, and updating it during an incident, is yours.`,
      },
    },
    PB160: {
      summary: "A failover record is health-checked on only some of the domain's DNS providers; the others serve a static answer.",
      why: 'Resolvers ask any of the providers; those that ask a static one keep sending visitors to the dead server.',
      fix: 'Make every DNS provider fail over (Cloudflare needs a load balancer, with cloudflareLoadBalancer: true), or serve the record from providers that do.',
      messages: {
        partial: (p, f) => {
          const tail =
            p.working.length > 0
              ? `; only ${f.list(p.working.map((x) => DNS[x]))} ${agree(p.working.length, 'switches', 'switch')} to ${p.secondary}`
              : ', so the failover never happens';
          return `Resolvers that ask ${f.list(p.stuck.map((x) => DNS[x]))} for ${p.fqdn} keep getting ${p.primary} while it is down${tail}.`;
        },
      },
    },
    PB161: {
      summary: 'A domain has one authoritative DNS provider.',
      why: 'When that provider has an outage, the site and the e-mail disappear for everyone, even though they are running.',
      fix: 'Serve the domain from two DNS providers (Plan B manages Cloudflare and Route 53 with the same records).',
      messages: { single: (p) => `${p.domain} disappears when its only DNS provider has an outage.` },
    },
    PB162: {
      summary:
        "Plan B does not build this domain's DNS, or only part of it: it manages zones only where Cloudflare and Route 53 both serve the domain.",
      why: 'Records that nobody deploys drift from the blueprint, and the DNS consistency check compares only the providers Plan B built.',
      fix: 'Serve the domain from Cloudflare and Route 53 (dns: [cloudflare, route53]) for Plan B to build both zones, or keep the records with the other providers yourself, the same as in the blueprint.',
      messages: {
        notBuilt: (p, f) =>
          `Plan B builds no DNS zone for ${p.domain}, which ${f.list(p.providers.map((x) => DNS[x]))} ${p.providers.length === 1 ? 'serves' : 'serve'}: its records are yours to keep as the blueprint says.`,
        partly: (p, f) =>
          `Plan B builds ${p.domain} on Cloudflare and Route 53 only: its records on ${f.list(p.others.map((x) => DNS[x]))} are yours to keep the same, and the DNS consistency check does not compare them.`,
      },
    },
    PB170: {
      summary: 'The drill is overdue against the date given with --today, is dated after it, or no drill was ever held.',
      why: 'A plan that is never rehearsed has stale phone numbers, lost passwords and steps nobody remembers.',
      fix: 'Hold a drill of one scenario now and record its date in drills.last.',
      messages: {
        never: () => 'The plan has never been drilled.',
        overdue: (p, f) => `The last drill was on ${f.date(p.last)}; the next was due by ${f.date(p.due)}.`,
        future: (p, f) =>
          `The last drill is dated ${f.date(p.last)}, after ${f.date(p.today)}, the day this plan is judged on: a drill only planned has not been held.`,
      },
    },
    PB171: {
      summary: 'There is no drill plan, or drills are planned less often than once a year or more often than twice.',
      why: 'Practitioners drill every 6 to 12 months: less often and the plan rots, more often and it is not kept up.',
      fix: 'Add drills with every: 180d to 365d, a plan owner, and a scenario such as "CRM down for two hours".',
      messages: {
        none: () => 'No drills are planned and nobody owns keeping the plan current.',
        rare: () => 'Drills are planned less often than once a year.',
        frequent: () => 'Drills are planned more often than every 6 months, which rarely lasts.',
      },
    },
  },
  readiness: {
    'critical-processes': {
      title: 'Critical processes named',
      evidence: (p) =>
        p.processes.length > 0
          ? `${p.processes.length} critical or high: ${p.processes.join(', ')}`
          : 'no process is marked critical or high',
    },
    'shared-failure-points': {
      title: 'Shared failure points found and covered',
      evidence: (p) =>
        p.spof === 0
          ? 'no single point stops two important processes'
          : `${count(p.spof, 'single point', 'single points')} of failure (PB101)`,
    },
    'plan-b': {
      title: 'A plan B per critical process',
      evidence: (p) =>
        `${p.withPlanB} of ${p.important} ${agree(p.withPlanB, 'has', 'have')} a plan B` +
        (p.shared > 0 ? `; ${p.shared} ${agree(p.shared, 'fails', 'fail')} with the normal path (PB103)` : ''),
    },
    'local-copies': {
      title: 'Current local copies of the minimum data',
      evidence: (p) =>
        `offline: ${p.offline.map((m) => MINIMUM_WORDS[m]).join(', ') || 'none'}` +
        (p.missing.length > 0 ? `; missing: ${p.missing.map((m) => MINIMUM_WORDS[m]).join(', ')}` : '') +
        (p.stale > 0 ? `; ${p.stale} copied less often than the RPO (PB122)` : ''),
    },
    'backup-channels': {
      title: 'Backup channels for the team and customers',
      evidence: (p) =>
        `rally point: ${p.rally.length > 0 ? p.rally.map((c) => c.name + (c.backup !== undefined ? ` (backup ${c.backup})` : ' (no backup)')).join(', ') : 'none'}; ` +
        `customer line with a backup: ${p.customersOk ? 'yes' : 'no'}`,
    },
    'escalation-and-messages': {
      title: 'Escalation order and ready customer messages',
      evidence: (p) =>
        `${count(p.people, 'person', 'people')} in the escalation order; ${p.messages} of ${p.important} important ${agree(p.important, 'process', 'processes')} ${agree(p.messages, 'has', 'have')} a customer message`,
    },
    instructions: {
      title: 'Instructions given to the team',
      evidence: (p) => `emergency instructions offline: ${p.offline ? 'yes' : 'no'}; written plan B steps for ${p.steps} of ${p.important}`,
    },
    'owner-and-drills': {
      title: 'An owner of the plan and regular drills',
      evidence: (p) =>
        p.drills
          ? `plan owner ${p.drills.owner}; last drill ${p.drills.last ?? 'never'}` + (p.drills.overdue ? ' (overdue)' : '')
          : 'no drills and no plan owner',
    },
  },
  errorsStand: (messages) => {
    const more = messages.length - ERRORS_SHOWN;
    return (
      `not in place while ${messages.length === 1 ? 'this error stands' : 'these errors stand'}: ${messages.slice(0, ERRORS_SHOWN).join(' ')}` +
      (more > 0 ? ` And ${count(more, 'more error', 'more errors')}.` : '')
    );
  },
  map: {
    level: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
    placeKind: {
      datacenter: 'datacenter',
      'cloud-region': 'cloud-region',
      office: 'office',
      shop: 'shop',
      warehouse: 'warehouse',
      home: 'home',
      other: 'other',
    },
    levelGroup: { critical: 'critical processes', high: 'high processes', medium: 'medium processes', low: 'low processes' },
    processes: (n) => count(n, 'process', 'processes'),
    services: (n) => count(n, 'service', 'services'),
    otherVendors: 'other vendors',
    otherPlaces: 'other places',
    arrows: { planB: 'plan B', standby: 'standby' },
    summaryNote: (processes, services) =>
      `${countOf('en', processes, { one: 'process', other: 'processes' }, (x) => x.toLocaleString('en'))}, ` +
      `${countOf('en', services, { one: 'service', other: 'services' }, (x) => x.toLocaleString('en'))}: ` +
      'this map is a summary by vendor; the documents list every service with what it depends on (passport.md) and what it stops (runbooks)',
    heaviest: (drawn, all) => `; the ${drawn} heaviest of ${all} links are drawn`,
  },
};
