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
        process.stderr.write(
          `planb simulate: ${sim.unknown.map((u) => `"${u}"`).join(', ')} is not a service, place, person or vendor of ${file}.\n${known(model)}`,
        );
        process.exitCode = EXIT.usage;
        return;
      }
      process.stdout.write(
        opts.format === 'json' ? formatSimulationJson(sim) : formatSimulationText(sim, { color: shouldColor(process.stdout, process.env) }),
      );
      process.exitCode = EXIT.ok;
    });
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
