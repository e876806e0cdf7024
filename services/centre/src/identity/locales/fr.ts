import type { Messages } from './es';

export const fr: Messages = {
  'language.name': 'Français',
  'layout.tagline': 'Centres de ressources pour les travailleurs migrants',
  'layout.languages': 'Langue',

  'signin.title': 'Se connecter',
  'signin.intro': 'Personnel du centre : connectez-vous avec votre adresse e-mail et votre mot de passe.',
  'signin.forClient': 'Pour continuer vers {{client}}',
  'signin.email': 'Adresse e-mail',
  'signin.password': 'Mot de passe',
  'signin.submit': 'Se connecter',
  'signin.invalid': "L'adresse e-mail ou le mot de passe est incorrect.",

  'totp.title': 'Validation en deux étapes',
  'totp.intro': "Saisissez le code à 6 chiffres affiché par votre application d'authentification.",
  'totp.code': 'Code',
  'totp.submit': 'Vérifier',
  'totp.invalid': 'Le code est incorrect ou a expiré.',

  'enrol.title': 'Activez la validation en deux étapes',
  'enrol.intro':
    "Votre centre exige une deuxième étape à la connexion pour votre fonction. Ajoutez ce compte à une application d'authentification (par exemple FreeOTP, Aegis ou Google Authenticator) et saisissez le code qu'elle affiche.",
  'enrol.secret': 'Clé à saisir à la main',
  'enrol.uri': 'Lien otpauth (à copier)',
  'enrol.submit': 'Activer',
  'enrol.invalid': "Le code ne correspond pas. Vérifiez que l'heure de votre téléphone est juste et réessayez.",

  'consent.title': "Autoriser l'accès",
  'consent.intro': "{{client}} demande l'autorisation de :",
  'consent.signedInAs': 'Connecté en tant que {{name}}',
  'consent.allow': 'Autoriser',
  'consent.deny': 'Refuser',
  'scope.openid': 'Confirmer votre identité',
  'scope.profile': 'Voir votre nom et votre langue',
  'scope.email': 'Voir votre adresse e-mail',
  'scope.corredor': 'Voir votre centre et votre fonction',
  'scope.api': 'Travailler dans Corredor en votre nom',
  'scope.offline_access': "Garder l'accès sans que vous ayez à vous reconnecter",
  'scope.other': 'Accès « {{scope}} »',

  'throttled.title': 'Trop de tentatives',
  'throttled.body': 'Il y a eu trop de tentatives échouées. Réessayez dans {{minutes}} min.',

  'error.title': 'Un problème est survenu',
  'error.generic': "Nous n'avons pas pu terminer la connexion. Revenez à l'application et réessayez.",
  'error.expired': "Cette connexion a expiré. Recommencez depuis l'application.",
  'error.unavailable': "La connexion n'est pas disponible pour le moment. Réessayez dans quelques minutes.",
  'error.code': "Code d'erreur : {{code}}",

  'logout.title': 'Se déconnecter',
  'logout.question': 'Voulez-vous vous déconnecter sur cet appareil ?',
  'logout.confirm': 'Oui, me déconnecter',
  'logout.cancel': 'Non, rester connecté',
  'logout.done': 'Vous êtes déconnecté. Sur un ordinateur partagé, fermez aussi le navigateur.',

  'console.title': "Votre jeton d'accès",
  'console.intro':
    "Cette page est destinée au personnel qui n'a pas encore d'application web : copiez le jeton pour utiliser l'API de Corredor depuis un terminal ou un script. Il est personnel : ne le partagez pas.",
  'console.expires': 'Expire : {{time}} (dans {{minutes}} min)',
  'console.centre': 'Centre',
  'console.roles': 'Fonctions',
  'console.token': 'Jeton',
  'console.shell': 'Pour le terminal',
  'console.again': 'Obtenir un nouveau jeton',
  'console.failed': "Le jeton n'a pas pu être obtenu.",

  // The page of an invitation link, where a new member of staff sets a password.
  'invitation.title': 'Créer votre mot de passe',
  'invitation.intro': 'Vous avez été invité·e à travailler dans Corredor en tant que {{name}}. Choisissez un mot de passe pour vous connecter.',
  'invitation.password': 'Mot de passe',
  'invitation.rule': 'Au moins 12 caractères. Une longue phrase est facile à retenir et difficile à deviner.',
  'invitation.submit': 'Enregistrer le mot de passe',
  'invitation.done': 'C’est fait : votre compte est actif.',
  'invitation.signIn': 'Se connecter',
  'invitation.failed': 'Cette invitation ne peut pas être utilisée.',
};
