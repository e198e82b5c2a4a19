// The data generator as other workspace packages use it (the benchmark): the data sizes, loading a
// database, the accounts it makes, and the people and random stream it draws rows from.

export { DATA_SIZES, type DataSize } from './roof/data-generator/data-generator';
export { loadGeneratedData } from './roof/data-generator/data-generator.load';
export {
  LANGUAGE_WEIGHTS,
  municipalityOf,
  NAMES_BY_LANGUAGE,
  neighbourhoodsOf,
} from './roof/data-generator/data-generator.people';
export { createGeneratorRandom } from './roof/data-generator/data-generator.random';
export { benchAccounts } from './roof/data-generator/data-generator.tenant';
