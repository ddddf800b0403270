/**
 * `planb simulate <blueprint> --fail <target...>`: what if these fail? Targets are ids of
 * services, places or people, or a vendor's name (every service of that provider at once).
 */
import { Option, type Command } from 'commander';
import { formatSimulationJson, formatSimulationText, shouldColor } from '../../analysis/report';
import { ANALYSIS_LOCALES } from '../../analysis/i18n';
import { simulate } from '../../analysis/simulate';
import type { Model } from '../../model/model';
import { EXIT } from '../exit-codes';
import { loadForCommand } from '../blueprint-input';
import { didYouMean } from '../../loader/did-you-mean';
import { quoteValue } from '../../loader/secrets';
import { writeOut, writeErr } from '../terminal-text';

export function register(program: Command): void {
  program
    .command('simulate')
    .description('what if a service, a whole provider, a place or a person fails: who stops, who runs on plan B, which alerts fire')
    .argument('<file>', 'blueprint file')
    .requiredOption('--fail <target...>', 'what fails: service, place or person ids, or vendor names')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--locale <locale>', 'language of the report').choices(ANALYSIS_LOCALES).default('en'))
    .addHelpText(
      'after',
      '\nExamples:\n  planb simulate blueprints/online-shop.yaml --fail beget\n  planb simulate blueprint.yaml --fail office-isp anton --format json\n\nExit status: 0 done, 1 invalid blueprint, 2 usage error (an unknown target).',
    )
    .action((file: string, opts: { fail: string[]; format: 'text' | 'json'; locale: string }) => {
      const model = loadForCommand(file);
      if (model === undefined) {
        process.exitCode = EXIT.invalid;
        return;
      }
      const sim = simulate(model, opts.fail, { locale: opts.locale });
      if (sim.unknown.length > 0) {
        const hints = sim.unknown.flatMap((u) => targetHint(model, u) ?? []).join('');
        writeErr(
          `planb simulate: ${sim.unknown.map((u) => quoteValue(u)).join(', ')} ${sim.unknown.length === 1 ? 'is not a service, place, person or vendor' : 'are not services, places, people or vendors'} of ${file}.\n${hints}${known(model)}`,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      writeOut(
        opts.format === 'json' ? formatSimulationJson(sim) : formatSimulationText(sim, { color: shouldColor(process.stdout, process.env) }),
      );
      process.exitCode = EXIT.ok;
    });
}

const fold = (text: string): string => text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** What the target was most likely meant to be: the id of the thing it names, or a near id. */
function targetHint(model: Model, token: string): string | undefined {
  const named = [
    ...model.services.map((e) => ({ kind: 'service', e })),
    ...model.places.map((e) => ({ kind: 'place', e })),
    ...model.people.map((e) => ({ kind: 'person', e })),
  ].filter(({ e }) => fold(e.name) === fold(token));
  if (named.length === 1) {
    const { kind, e } = named[0] as (typeof named)[number];
    return `  ${quoteValue(token)} is the name of the ${kind} whose id is "${e.id}": write --fail ${e.id}\n`;
  }
  const ids = [...model.services, ...model.places, ...model.people].map((e) => e.id);
  const guess = didYouMean(token, [...ids, ...model.services.map((s) => s.vendorKey)]);
  return guess === '' ? undefined : `  ${quoteValue(token)}: ${guess}\n`;
}

function known(model: Model): string {
  const vendors = [...new Set(model.services.map((s) => s.vendorKey))];
  return (
    [
      `  services: ${model.services.map((s) => s.id).join(', ')}`,
      `  vendors: ${vendors.join(', ')}`,
      `  places: ${model.places.map((p) => p.id).join(', ') || '(none)'}`,
      `  people: ${model.people.map((p) => p.id).join(', ')}`,
    ].join('\n') + '\n'
  );
}
