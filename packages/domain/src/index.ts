export * from './organisations/organisations';
