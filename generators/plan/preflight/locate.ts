/**
 * Which blueprint line a planned resource comes from. Every resource sits under one of the
 * stack's top-level components, and each component type is built from one blueprint section, so
 * the finding points at that section (a check that knows a more precise element passes its own
 * pointer). Providers belong to `infrastructure`.
 */
import type { Model } from '../../../model/model';
import type { PlanResource } from '../types';

const SECTION_OF_COMPONENT: Readonly<Record<string, string>> = {
  'planb:dns:RedundantDns': '/domains',
  'planb:backup:BackupVaults': '/data',
  'planb:health:HealthChecks': '/monitoring',
  'planb:probes:Probes': '/monitoring',
  'planb:alerts:AlertRouting': '/alerts',
  'planb:status:StatusPage': '/statusPage',
  'planb:resilience:ResiliencyPolicy': '/processes',
};

export class ResourceLocator {
  private readonly byUrn = new Map<string, PlanResource>();

  constructor(
    private readonly model: Model,
    resources: readonly PlanResource[],
  ) {
    for (const r of resources) this.byUrn.set(r.urn, r);
  }

  /** The JSON pointer of the section that built the resource. */
  pointerOf(resource: PlanResource): string {
    let top = resource;
    for (let up = this.byUrn.get(top.parent); up !== undefined; up = this.byUrn.get(top.parent)) top = up;
    return SECTION_OF_COMPONENT[top.type] ?? '/infrastructure';
  }

  /** file:line:column of a JSON pointer. */
  at(pointer: string): string {
    const p = this.model.source.locate(pointer);
    return `${p.file}:${p.line}:${p.column}`;
  }

  of(resource: PlanResource): string {
    return this.at(this.pointerOf(resource));
  }
}
