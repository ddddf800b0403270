/** A status feed for the runtime's tests: two components, three alarms in us-east-1. */
import type { StatusFeedFile } from '../../../components/alerts/contract';

export const FEED: StatusFeedFile = {
  bucket: 'acme-status-site',
  bucketRegion: 'eu-central-1',
  key: 'status.json',
  alarmRegion: 'us-east-1',
  components: [
    { id: 'shop', name: 'Online shop', alarmNames: ['health-shop', 'probes-up-cart'] },
    { id: 'payments', name: 'Payments', alarmNames: ['probes-up-pay'] },
  ],
};
