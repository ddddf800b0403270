/** The status page's words, per document language (the blueprint's business.language). */
import type { Language } from '../../model/model';

export interface StatusWords {
  title: (business: string) => string;
  intro: string;
  operational: string;
  down: string;
  unknown: string;
  checking: string;
  updated: string;
  unavailable: string;
  otherWays: string;
  noScript: string;
}

export const STATUS_WORDS: Record<Language, StatusWords> = {
  en: {
    title: (b) => `${b}: service status`,
    intro: 'The state of our services, checked every minute from outside our own systems.',
    operational: 'Working',
    down: 'Not working',
    unknown: 'Unknown',
    checking: 'Checking…',
    updated: 'Last checked',
    unavailable: 'The current status cannot be loaded right now. Please try again in a minute, or reach us another way.',
    otherWays: 'Other ways to reach us',
    noScript: 'This page needs JavaScript to show the live status.',
  },
  ru: {
    title: (b) => `${b}: состояние сервисов`,
    intro: 'Здесь видно, работают ли наши сервисы. Проверка идёт каждую минуту, извне наших систем.',
    operational: 'Работает',
    down: 'Не работает',
    unknown: 'Нет данных',
    checking: 'Проверяем…',
    updated: 'Последняя проверка',
    unavailable: 'Сейчас не удаётся загрузить состояние. Обновите страницу через минуту или свяжитесь с нами другим способом.',
    otherWays: 'Как ещё с нами связаться',
    noScript: 'Чтобы видеть состояние в реальном времени, включите JavaScript.',
  },
};
