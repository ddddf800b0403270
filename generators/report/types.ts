/** What the report generator computes once from the model and the journal, before any wording. */
import type { Domain, Process, Service } from '../../model/model';
import type { Availability, Month } from './availability';
import type { Incident } from './incidents';
import type { ReadJournal } from './journal';

export interface ReportData {
  month: Month;
  journal: ReadJournal;
  incidents: Incident[];
  processes: Availability<Process>[];
  services: Availability<Service>[];
  domains: Domain[];
}
