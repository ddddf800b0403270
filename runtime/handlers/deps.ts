/**
 * Everything a handler needs, built once per function instance (`Deliverer` keeps its breakers
 * across invocations). The Lambda entry points (wired by the stack) build this from the
 * environment described in docs/operations.md.
 */
import type { RuntimeConfig } from '../config';
import type { Deliverer } from '../delivery/deliver';
import type { NonceStore } from '../ack/link';
import type { IncidentStore } from '../escalation/store';
import type { JournalWriter } from '../journal/store';
import type { Clock, HttpClient, Random } from '../ports';
import type { StatusFeedFile } from '../../components/alerts/contract';
import type { StatusPorts } from '../status/status-json';
import type { ForwardingPorts } from '../watch/forwarding';
import type { ForwardingWatchFile } from '../../components/alerts/contract';

export interface RuntimeDeps {
  config: RuntimeConfig;
  journal: JournalWriter;
  incidents: IncidentStore;
  deliverer: Deliverer;
  clock: Clock;
  random: Random;
  nonces: NonceStore;
  /** HMAC key of acknowledgement links (SSM SecureString). */
  linkKey: string;
  /** The function URL that acknowledges, e.g. https://....lambda-url.eu-central-1.on.aws/ack */
  linkBase: string;
  telegram: {
    http: HttpClient;
    apiBase: string;
    token: string;
    /** The webhook's secret token, as given to setWebhook. */
    secret: string;
  };
  /** Physical CloudWatch alarm name -> journal alarm id; names not listed are taken as ids. */
  alarmIds?: Record<string, string>;
  /** The status page the pager keeps current (config.json `status`), with its AWS calls. */
  status?: { feed: StatusFeedFile; ports: StatusPorts };
  /** The forwarding of other regions' alarms, which the pager watches (config.json `watch`). */
  forwarding?: { file: ForwardingWatchFile; ports: ForwardingPorts };
}
