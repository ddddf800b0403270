/**
 * The status page's words, per document language (the blueprint's business.language), as a
 * phrase table of the one mechanism (i18n/locale.ts): `{slot}`s, and `tsc` fails when Russian
 * lacks a phrase English has.
 */
import type { SameWords, Words } from '../../i18n/locale';
import type { Language } from '../../model/model';

const en = {
  title: '{business}: service status',
  intro: 'The state of our services, checked every minute from outside our own systems.',
  operational: 'Working',
  down: 'Not working',
  unknown: 'Unknown',
  checking: 'Checking…',
  updated: 'Last checked',
  unavailable: 'The current status cannot be loaded right now. Please try again in a minute, or reach us another way.',
  otherWays: 'Other ways to reach us',
  noScript: 'This page needs JavaScript to show the live status.',
} satisfies Words;

const ru: SameWords<typeof en> & Words = {
  title: '{business}: состояние сервисов',
  intro: 'Здесь видно, работают ли наши сервисы. Проверка идёт каждую минуту, извне наших систем.',
  operational: 'Работает',
  down: 'Не работает',
  unknown: 'Нет данных',
  checking: 'Проверяем…',
  updated: 'Последняя проверка',
  unavailable: 'Сейчас не удаётся загрузить состояние. Обновите страницу через минуту или свяжитесь с нами другим способом.',
  otherWays: 'Как ещё с нами связаться',
  noScript: 'Чтобы видеть состояние в реальном времени, включите JavaScript.',
};

export type StatusPhrase = keyof typeof en;

export const STATUS_WORDS: Readonly<Record<Language, Words>> = { en, ru };
