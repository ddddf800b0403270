/**
 * The words of `planb simulate`, per analysis language: why a service is down, why a process stops,
 * and the frame of the text report. Typed by AnalysisLocale, so a language without them fails tsc.
 * Durations are written by the language's own format (analysis/i18n), names as the blueprint gives them.
 */
import type { Level } from '../../model/model';
import { en } from './en';
import type { AnalysisLocale } from './index';
import { q, qlist } from './ru-grammar';
import { ru } from './ru';

export type TargetKind = 'service' | 'vendor' | 'place' | 'person';

export interface SimulationWords {
  cause: {
    failed: string;
    vendorFails(vendor: string): string;
    placesFail(places: string[]): string;
    needs(service: string): string;
    /** A service with standbys is down only when they are too. */
    standbysToo(own: string, standbys: string[]): string;
  };
  /** A vendor as a target: "Beget (every service)". */
  everyService(vendor: string): string;
  reason: { noPlanB: string; planBNeedsDown(services: string[]): string; nobodyCanSwitch: string };
  report: {
    failing(targets: string): string;
    nothing: string;
    kind: Record<TargetKind, string>;
    unknown(tokens: string[]): string;
    servicesDown(n: number): string;
    channelsDown(names: string[]): string;
    processes: string;
    criticality: Record<Level, string>;
    keepsRunning: string;
    stops: string;
    down(names: string[]): string;
    onPlanB: string;
    /** On plan B, but when cannot be known, and why: "on plan B, time unknown: nothing detects the failure". */
    onPlanBTimeUnknown(why: string): string;
    nobodyAlerted: string;
    customersFirst(checks: string[]): string;
    nothingDetects: string;
    duration(seconds: number): string;
    after(total: number, rto: number): string;
    laterThanRto(total: number, rto: number): string;
    capacity(text: string): string;
    parts(p: {
      detection: number;
      by: string;
      dnsTtl: number;
      reach: number;
      person: string;
      how: 'alert' | 'escalation';
      switchTime: number;
    }): string;
    alerts: string;
    route(id: string, severity: string, triggeredBy: string[]): string;
    /** A person who fails (`--fail`). */
    unreachable(name: string): string;
    /** A person with no address on any of the stage's channels that work (PB132). */
    noAddress(name: string, channels: number): string;
    via(channels: string[]): string;
    noWorkingChannel: string;
    dataDown: string;
    data(name: string, source: string): string;
    readableFrom(copies: string[]): string;
    noCopy: string;
    summary(stopped: number, onPlanB: number, late: number, unaffected: number): string;
  };
}

const enDuration = en.format.duration;
const ruDuration = ru.format.duration;

export const SIMULATION_WORDS: Record<AnalysisLocale, SimulationWords> = {
  en: {
    cause: {
      failed: 'failed',
      vendorFails: (v) => `${v} fails`,
      placesFail: (places) => `${places.join(', ')} fails`,
      needs: (s) => `needs ${s}`,
      standbysToo: (own, standbys) => `${own}, and ${standbys.join(', ')} too`,
    },
    everyService: (v) => `${v} (every service)`,
    reason: {
      noPlanB: 'it has no plan B',
      planBNeedsDown: (services) => `its plan B needs ${services.join(', ')}, which is down too`,
      nobodyCanSwitch: 'nobody who may switch to the plan B can be reached',
    },
    report: {
      failing: (targets) => `Failing: ${targets}`,
      nothing: 'nothing',
      kind: { service: 'service', vendor: 'vendor', place: 'place', person: 'person' },
      unknown: (tokens) => `Unknown (not a service, vendor, place or person): ${tokens.join(', ')}`,
      servicesDown: (n) => `Services down (${n})`,
      channelsDown: (names) => `Channels down: ${names.join(', ')}`,
      processes: 'Processes',
      criticality: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
      keepsRunning: 'keeps running',
      stops: 'STOPS',
      down: (names) => `down: ${names.join(', ')}`,
      onPlanB: 'on plan B',
      onPlanBTimeUnknown: (why) => `on plan B, time unknown: ${why}`,
      nobodyAlerted: 'nobody who may switch is alerted',
      customersFirst: (checks) => `customers notice first (the alerts of ${checks.join(', ')} reach nobody)`,
      nothingDetects: 'nothing detects the failure',
      duration: enDuration,
      after: (total, rto) => `after ${enDuration(total)} (RTO ${enDuration(rto)})`,
      laterThanRto: (total, rto) => `after ${enDuration(total)} - later than its RTO of ${enDuration(rto)}`,
      capacity: (text) => ` Capacity: ${text}`,
      parts: (p) =>
        `${enDuration(p.detection)} to notice (${p.by}), ` +
        (p.dnsTtl ? `${enDuration(p.dnsTtl)} DNS TTL, ` : '') +
        `${enDuration(p.reach)} to reach ${p.person} (${p.how}), ${enDuration(p.switchTime)} to switch`,
      alerts: 'Alerts',
      route: (id, severity, by) => `route ${id} (${severity}), fired by ${by.join(', ')}`,
      unreachable: (name) => `${name} (unreachable)`,
      noAddress: (name, n) => `${name} (unreachable: no address on ${n === 1 ? 'this channel' : 'these channels'})`,
      via: (channels) => `via ${channels.join(', ')}`,
      noWorkingChannel: 'no working channel',
      dataDown: 'Data whose source is down',
      data: (name, source) => `${name} (in ${source})`,
      readableFrom: (copies) => `readable from ${copies.join('; ')}`,
      noCopy: 'no copy can be read',
      summary: (stopped, onB, late, unaffected) =>
        `${stopped} stopped, ${onB} on plan B (${late} later than the RTO), ${unaffected} unaffected`,
    },
  },
  ru: {
    cause: {
      failed: 'отказал',
      vendorFails: (v) => `сбой у ${v}`,
      placesFail: (places) => `сбой на ${places.length === 1 ? 'площадке' : 'площадках'} ${qlist(places)}`,
      needs: (s) => `зависит от сервиса ${q(s)}`,
      standbysToo: (own, standbys) => `${own}, и резерв (${qlist(standbys)}) тоже`,
    },
    everyService: (v) => `${v} (все сервисы)`,
    reason: {
      noPlanB: 'у него нет запасного варианта',
      planBNeedsDown: (services) => `запасному варианту нужны ${qlist(services)}, а они тоже не работают`,
      nobodyCanSwitch: 'никого из тех, кто может переключить на запасной вариант, нельзя достать',
    },
    report: {
      failing: (targets) => `Отказывает: ${targets}`,
      nothing: 'ничего',
      kind: { service: 'сервис', vendor: 'поставщик', place: 'площадка', person: 'человек' },
      unknown: (tokens) => `Неизвестно (не сервис, не поставщик, не площадка и не человек): ${tokens.join(', ')}`,
      servicesDown: (n) => `Не работают сервисы (${n})`,
      channelsDown: (names) => `Не работают каналы: ${qlist(names)}`,
      processes: 'Процессы',
      criticality: { critical: 'критичный', high: 'важный', medium: 'средний', low: 'низкий' },
      keepsRunning: 'работает',
      stops: 'ВСТАЁТ',
      down: (names) => `не работают: ${qlist(names)}`,
      onPlanB: 'на запасном варианте',
      onPlanBTimeUnknown: (why) => `на запасном варианте, время неизвестно: ${why}`,
      nobodyAlerted: 'никто из тех, кто может переключить, не получает оповещения',
      customersFirst: (checks) => `первыми сбой заметят клиенты (оповещения проверок ${qlist(checks)} ни до кого не доходят)`,
      nothingDetects: 'сбой ничто не замечает',
      duration: ruDuration,
      after: (total, rto) => `через время — ${ruDuration(total)} (допустимый простой — ${ruDuration(rto)})`,
      laterThanRto: (total, rto) => `через время — ${ruDuration(total)}, дольше допустимого простоя — ${ruDuration(rto)}`,
      capacity: (text) => ` Производительность: ${text}`,
      parts: (p) =>
        `заметить — ${ruDuration(p.detection)} (${q(p.by)}), ` +
        (p.dnsTtl ? `TTL в DNS — ${ruDuration(p.dnsTtl)}, ` : '') +
        `достать ${p.person} — ${ruDuration(p.reach)} (${p.how === 'alert' ? 'оповещение' : 'эскалация'}), переключить — ${ruDuration(p.switchTime)}`,
      alerts: 'Оповещения',
      route: (id, severity, by) => `маршрут ${q(id)} (${severity}), сработали: ${qlist(by)}`,
      unreachable: (name) => `${name} (недоступен)`,
      noAddress: (name, n) => `${name} (оповещение не дойдёт: нет адреса ${n === 1 ? 'в этом канале' : 'в этих каналах'})`,
      via: (channels) => `через ${qlist(channels)}`,
      noWorkingChannel: 'нет работающего канала',
      dataDown: 'Данные, источник которых не работает',
      data: (name, source) => `${q(name)} (в сервисе ${q(source)})`,
      readableFrom: (copies) => `можно прочитать: ${copies.join('; ')}`,
      noCopy: 'ни одну копию не прочитать',
      summary: (stopped, onB, late, unaffected) =>
        `встали: ${stopped}, на запасном варианте: ${onB} (дольше допустимого простоя: ${late}), не затронуты: ${unaffected}`,
    },
  },
};
