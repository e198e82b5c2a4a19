// What the portals' unit tests need from the kit, without pulling in Solid components.
export {
  type DataAccessFault,
  findDataAccessFaults,
  readPortalSources,
} from './api/data-access-check';
export { compareDictionaries } from './i18n/dictionary-check';
export { describeTranslations } from './i18n/translations.fixtures';
