import type { TranslationOf } from '../i18n/i18n';
import type { secondFactorNl } from './second-factor.dictionary.nl';

export const secondFactorFr: TranslationOf<typeof secondFactorNl> = {
  'secondFactor.verifyTitle': 'Confirmez que c’est bien vous',
  'secondFactor.verifyIntro':
    'Votre mot de passe est correct. Confirmez maintenant avec votre clé d’accès, votre application ou un code de secours.',
  'secondFactor.usePasskey': 'Se connecter avec votre clé d’accès',
  'secondFactor.passkeyBusy': 'En attente de votre clé d’accès…',
  'secondFactor.code': 'Code de votre application ou code de secours',
  'secondFactor.codeHint':
    '6 chiffres de votre application d’authentification, ou un code de secours comme abcde-23456.',
  'secondFactor.confirm': 'Confirmer',
  'secondFactor.confirmBusy': 'Confirmation…',
  'secondFactor.failed': 'La confirmation a échoué',
  'secondFactor.passkeyCancelled': 'La clé d’accès n’a pas été utilisée. Réessayez ou utilisez un code.',
  'secondFactor.enrolTitle': 'Protégez votre compte par une deuxième étape',
  'secondFactor.enrolIntro':
    'Votre organisation demande une deuxième étape en plus du mot de passe. Une clé d’accès est le plus simple : vous la déverrouillez avec l’empreinte, le visage ou le code PIN de cet appareil.',
  'secondFactor.createPasskey': 'Créer une clé d’accès',
  'secondFactor.totpFallbackTitle': 'Pas de clé d’accès possible ?',
  'secondFactor.totpFallbackIntro': 'Utilisez alors une application d’authentification sur votre téléphone.',
  'secondFactor.startTotp': 'Configurer une application',
  'secondFactor.totpScan': 'Scannez ce code QR avec votre application d’authentification.',
  'secondFactor.totpQr': 'Code QR pour configurer votre application d’authentification',
  'secondFactor.totpSecret': 'Impossible de scanner ? Tapez cette clé dans votre application : {secret}',
  'secondFactor.totpCode': 'Code de votre application',
  'secondFactor.totpCodeHint': 'Les 6 chiffres que votre application affiche maintenant.',
  'secondFactor.totpConfirm': 'Confirmer l’application',
  'secondFactor.recoveryTitle': 'Vos codes de secours',
  'secondFactor.recoveryIntro':
    'Gardez ces codes en lieu sûr, par exemple imprimés. Chaque code fonctionne une fois, quand votre clé d’accès ou votre téléphone n’est pas là. Vous ne les voyez que maintenant.',
  'secondFactor.recoveryList': 'Codes de secours',
  'secondFactor.recoveryDone': 'Je les ai gardés, continuer',
  'secondFactor.manageTitle': 'Deuxième étape à la connexion',
  'secondFactor.manageIntro': 'Clés d’accès, votre application d’authentification et codes de secours.',
  'secondFactor.required': 'Votre organisation demande une deuxième étape : gardez-en au moins une.',
  'secondFactor.passkeys': 'Clés d’accès',
  'secondFactor.noPasskeys': 'Pas encore de clé d’accès.',
  'secondFactor.passkeyName': 'Clé d’accès du {date}',
  'secondFactor.addedOn': 'Ajoutée le {date}',
  'secondFactor.addPasskey': 'Ajouter une clé d’accès',
  'secondFactor.remove': 'Supprimer',
  'secondFactor.totp': 'Application d’authentification',
  'secondFactor.totpOn': 'Configurée.',
  'secondFactor.totpOff': 'Non configurée.',
  'secondFactor.removeTotp': 'Supprimer l’application',
  'secondFactor.recoveryLeft': 'Encore {count} codes de secours inutilisés.',
  'secondFactor.newRecoveryCodes': 'Nouveaux codes de secours',
  'secondFactor.added': 'La deuxième étape a été ajoutée.',
  'secondFactor.removed': 'Supprimé.',
  'secondFactor.reset': 'Effacer la deuxième étape',
  'secondFactor.resetDone':
    'La deuxième étape de {name} a été effacée ; cette personne est déconnectée partout.',
  'secondFactor.policyTitle': 'Deuxième étape obligatoire',
  'secondFactor.policyLabel':
    'Les assistants sociaux, chefs de projet et administrateurs se connectent avec une deuxième étape',
  'secondFactor.policySaved': 'Le réglage a été enregistré.',
  'error.authSecondFactorInvalid': 'Ce code ou cette clé d’accès n’a pas été accepté. Réessayez.',
  'error.authSecondFactorRequired': 'Confirmez d’abord votre connexion avec votre deuxième étape.',
  'error.authSecondFactorLast':
    'Votre organisation demande une deuxième étape : ajoutez-en d’abord une autre.',
};
