// What the portals' unit tests need from the kit, without pulling in Solid components.
export { compareDictionaries } from './i18n/dictionary-check';
