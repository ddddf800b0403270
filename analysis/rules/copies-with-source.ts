import { copySharesSource } from '../data-location';
import { providerNames } from '../facts/copies';
import { defineRule } from './rule';

/**
 * PB120: a data set with no copy, or whose copies all live with the source: with its provider or
 * in its places, followed through what each is stored on (analysis/data-location.ts), so a copy on
 * the same provider or place is caught whether or not a location field was filled in.
 */
export const copiesWithSource = defineRule({
  code: 'PB120',
  name: 'copies-with-source-provider',
  severity: 'error',
  run({ model }, emit) {
    const providerName = providerNames(model);
    for (const set of model.data) {
      if (set.copies.length === 0) {
        emit(set.path, 'noCopy', { data: set.name, source: set.source.name });
        continue;
      }
      const shared = set.copies.map((c) => copySharesSource(c, set));
      if (!shared.every((s) => s.providers.length > 0 || s.places.length > 0)) continue;
      const providers = [...new Set(shared.flatMap((s) => s.providers))].sort().map(providerName);
      const places = [...new Set(shared.flatMap((s) => s.places))].map((p) => p.name);
      emit(set.path + '/copies', 'withSource', { data: set.name, providers, places });
    }
  },
});
