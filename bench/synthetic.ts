/**
 * Synthetic blueprints for benchmarks: `processes` processes, two services each (every tenth
 * depending on a shared hosting and ISP, as real businesses do), an endpoint and a data set per
 * process (a backup-bucket copy for every tenth), people, channels and alert routes to match.
 * Deterministic: the same size gives the same text. Sizes used: 20, 200, 2,000 (the S, M, L of shared/notes/performance-floors.md), and
 * 10,000 for the whole build (bench/build.bench.ts, bench/map.bench.ts).
 */
export function syntheticBlueprint(processes: number): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);
  push(
    'version: 1',
    'business:',
    '  name: Synthetic Trading',
    '  slug: synthetic',
    '  language: en',
    '  timezone: Europe/Berlin',
    '  owner: person-0',
    '  revised: 2026-11-01',
    'people:',
  );
  const people = 10;
  for (let i = 0; i < people; i++) {
    push(
      `  - id: person-${i}`,
      `    name: Person ${i}`,
      `    role: Role ${i}`,
      '    contacts:',
      `      - { kind: phone, value: "+49 30 000 ${String(i).padStart(4, '0')}" }`,
      `      - { kind: email, value: person${i}@example.com }`,
    );
  }
  push('escalation:', '  - { person: person-0, tryFor: 10m }', '  - { person: person-1, tryFor: 15m }');
  push('places:', '  - { id: dc-1, name: Data centre 1, kind: datacenter }', '  - { id: office, name: Office, kind: office }');
  push(
    'services:',
    '  - { id: shared-hosting, name: Shared hosting, kind: hosting, vendor: Host Co, location: [dc-1], account: { owner: company }, access: { holders: [person-0, person-1], vault: "Vault: hosting" } }',
    '  - { id: office-isp, name: Office line, kind: isp, vendor: Line Co, location: [office], account: { owner: company } }',
  );
  for (let i = 0; i < processes; i++) {
    for (const side of ['a', 'b']) {
      const dep = i % 10 === 0 ? (side === 'a' ? 'shared-hosting' : 'office-isp') : side === 'a' ? 'shared-hosting' : '';
      push(
        `  - id: svc-${i}-${side}`,
        `    name: Service ${i} ${side.toUpperCase()}`,
        `    kind: ${side === 'a' ? 'crm' : 'payments'}`,
        `    vendor: Vendor ${i % 50}`,
        `    dataLocation: "Region ${i % 7}"`,
        '    sla: "99.9%"',
        ...(dep ? [`    dependsOn: [${dep}]`] : []),
        `    account: { owner: ${i % 13 === 0 ? 'contractor' : 'company'} }`,
        `    access: { holders: [person-${i % people}${i % 3 ? `, person-${(i + 1) % people}` : ''}], vault: "Vault: svc ${i} ${side}" }`,
      );
    }
  }
  push('processes:');
  for (let i = 0; i < processes; i++) {
    const level = ['critical', 'high', 'medium', 'low'][i % 4];
    push(
      `  - id: proc-${i}`,
      `    name: Process ${i}`,
      `    criticality: ${level}`,
      `    rto: ${1 + (i % 8)}h`,
      `    rpo: ${15 * (1 + (i % 4))}m`,
      `    needs: [svc-${i}-a, svc-${i}-b]`,
      `    data: [data-${i}]`,
      `    costPerHour: ${100 * (1 + (i % 20))}`,
      '    symptoms: ["The page does not open", "Orders stop arriving"]',
    );
    if (i % 5 !== 0) {
      push(
        '    planB:',
        `      summary: Work on paper for process ${i}`,
        `      needs: [svc-${(i + 1) % processes}-b]`,
        '      steps: ["Tell the team in the rally point", "Take the printed forms", "Enter the data later"]',
        `      switchedBy: [person-${i % people}]`,
        '      switchTime: 20m',
        '      requires: ["Printed forms in the office folder"]',
      );
    }
  }
  push('data:');
  for (let i = 0; i < processes; i++) {
    push(
      `  - id: data-${i}`,
      `    name: Data ${i}`,
      `    source: svc-${i}-a`,
      '    copies:',
      // A Plan B vault copy for every tenth data set: S3's per-bucket limits allow 1,000 in all (PB045),
      // which is every tenth at the largest size; the others are exported to a second provider.
      i % 10 === 0
        ? `      - { id: bucket, kind: backup-bucket, where: Backup bucket, vendor: AWS, every: ${i % 6 === 0 ? '1d' : '1h'}, automated: true }`
        : `      - { id: export, kind: second-provider, where: Nightly export, vendor: Storage Co, every: ${i % 6 === 0 ? '1d' : '1h'}, automated: true }`,
      ...(i % 4 === 0 ? ['      - { id: usb, kind: usb, where: USB stick in the safe, every: 1w, offline: true }'] : []),
    );
  }
  push('monitoring:', '  endpoints:');
  for (let i = 0; i < processes; i++) {
    push(
      `    - { id: ep-${i}, service: svc-${i}-a, url: "https://svc${i}.example.com/health", expectBody: ok, interval: 30s, failureThreshold: 3 }`,
    );
  }
  push(
    'channels:',
    '  - { id: team-chat, name: Team chat, kind: telegram, audience: team, rallyPoint: true, backup: team-sms }',
    '  - { id: team-sms, name: Team SMS, kind: sms, audience: team }',
    '  - { id: customers-mail, name: Customer e-mail, kind: email, audience: customers }',
  );
  push(
    'alerts:',
    '  - id: critical',
    '    severity: critical',
    '    stages:',
    '      - { notify: [person-0], via: [team-chat, team-sms] }',
    '      - { notify: [person-1], via: [team-sms], after: 15m }',
  );
  push(
    'drills:',
    '  every: 180d',
    '  last: 2026-06-01',
    '  planOwner: person-0',
    '  scenarios:',
    '    - { id: hosting-down, title: Hosting down for two hours, fail: [shared-hosting], duration: 2h }',
  );
  return out.join('\n') + '\n';
}
