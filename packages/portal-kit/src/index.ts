export { ActionButton } from './actions/action-button.component';
export { type Action, type ActionOptions, createAction } from './actions/create-action';
export type * from './api/api.types';
export {
  type ApiClient,
  ApiError,
  type ApiErrorCode,
  createApiClient,
  type FieldIssue,
  isApiError,
  newIdempotencyKey,
  type RequestOptions,
} from './api/api-client';
export {
  ERROR_MESSAGE_KEYS,
  type ErrorCodeMap,
  errorMessageKey,
  FIELD_ISSUE_KEYS,
  type FieldIssueCode,
  fieldErrorKeys,
  fieldIssueKey,
} from './api/error-messages';
export { keyedStorage } from './api/keyed-storage';
export {
  Badge,
  type BadgeTone,
  CardList,
  type Column,
  ColumnsTable,
  DataTable,
  EmptyState,
  ErrorMessage,
  ErrorNotice,
  FailureNotice,
  ListOrEmpty,
  Loaded,
  LoadedList,
  Pagination,
} from './display/display-parts.component';
export { createStatusRegion, type StatusMessage, type StatusRegion } from './display/status-region';
export { CheckboxGroup } from './forms/checkbox-group.component';
export { FileField } from './forms/file-field.component';
export { createFormErrors, type FormErrors } from './forms/form-errors';
export {
  ErrorSummary,
  FormErrorSummary,
  SubmitButton,
  type SummaryError,
} from './forms/form-parts.component';
export { type BoundField, createFormValues, type FormValues } from './forms/form-values';
export { RadioGroup } from './forms/radio-group.component';
export {
  FieldFrame,
  type FieldFrameProps,
  fieldId,
  SelectField,
  TextAreaField,
  TextField,
} from './forms/text-field.component';
export { DateField, TimeField } from './forms/time-field.component';
export {
  WITHDRAWAL_REASON_CODES,
  WithdrawForm,
  withdrawalReasonKey,
} from './forms/withdraw-form.component';
export { compareDictionaries } from './i18n/dictionary-check';
export {
  createI18n,
  type I18n,
  interpolate,
  isLocale,
  LOCALES,
  type Locale,
  type Messages,
  type Params,
  placeholdersOf,
  type TranslationOf,
} from './i18n/i18n';
export { kitEn } from './i18n/kit.dictionary.en';
export { kitFr } from './i18n/kit.dictionary.fr';
export { type KitKey, kitNl } from './i18n/kit.dictionary.nl';
export { createPortalI18n } from './i18n/kit-translations';
export { LanguageSwitch, type NavItem, PortalShell } from './layout/layout.component';
export { lazyPage } from './layout/lazy-page';
export { usePageTitle } from './layout/page-title';
export { NotFoundPage, PortalApp } from './layout/portal-app.component';
export { SendByEmailField } from './links/send-by-email.component';
export {
  createShownSignInLink,
  type ShownSignInLink,
  SignInLinkNotice,
} from './links/sign-in-link.component';
export { LINK_PATH, SignInLinkPage } from './links/sign-in-link.page';
export { LoginPage } from './login/login.page';
export { type PartnerMessage, PartnerMessages } from './messages/partner-messages.component';
export { OutcomePictogram } from './outcomes/outcome-pictogram.component';
export {
  type OutcomeQuestionAnswer,
  type OutcomeQuestionItem,
  type OutcomeQuestionMode,
  OutcomeQuestionnaire,
  type OutcomeQuestionnaireResult,
} from './outcomes/outcome-questionnaire.component';
export { type OutcomeRefusalKey, outcomeRefusalKey } from './outcomes/outcome-refusals';
export { PartnerEndRound, type PartnerEndRoundKey } from './outcomes/partner-end-round.component';
export { ChangePasswordPage } from './password/change-password.page';
export { OwnSessions } from './password/own-sessions.component';
export { ResetFactorsButton, SecondFactorPolicySetting } from './second-factor/factor-admin.component';
export { OwnFactors } from './second-factor/own-factors.component';
export { SecondFactorPage } from './second-factor/second-factor.page';
export { createPortal, type Portal, PortalProvider, usePortal } from './session/portal-context';
export { createSession, type Session } from './session/session';
export { type PartnerSignalsKey, PartnerSignalsPage } from './signals/partner-signals.page';
