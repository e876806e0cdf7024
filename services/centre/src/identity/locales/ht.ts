import type { Messages } from './es';

/** Haitian Creole (Kreyòl ayisyen): the largest single language at the Tijuana centre. */
export const ht: Messages = {
  'language.name': 'Kreyòl ayisyen',
  'layout.tagline': 'Sant Resous pou Travayè Migran yo',
  'layout.languages': 'Lang',

  'signin.title': 'Konekte',
  'signin.intro': 'Anplwaye sant la: konekte ak adrès imèl ou ak modpas ou.',
  'signin.forClient': 'Pou w kontinye nan {{client}}',
  'signin.email': 'Adrès imèl',
  'signin.password': 'Modpas',
  'signin.submit': 'Konekte',
  'signin.invalid': 'Adrès imèl la oswa modpas la pa kòrèk.',

  'totp.title': 'Verifikasyon an de etap',
  'totp.intro': 'Tape kòd 6 chif ki parèt nan aplikasyon otantifikasyon ou a.',
  'totp.code': 'Kòd',
  'totp.submit': 'Verifye',
  'totp.invalid': 'Kòd la pa kòrèk oswa li ekspire.',

  'enrol.title': 'Aktive verifikasyon an de etap',
  'enrol.intro':
    'Sant ou a mande yon dezyèm etap lè w ap konekte pou wòl ou. Ajoute kont sa a nan yon aplikasyon otantifikasyon (pa egzanp FreeOTP, Aegis oswa Google Authenticator) epi tape kòd li montre w la.',
  'enrol.secret': 'Kle pou w tape ak men',
  'enrol.uri': 'Lyen otpauth (pou w kopye)',
  'enrol.submit': 'Aktive',
  'enrol.invalid': 'Kòd la pa koresponn. Verifye si lè ki nan telefòn ou a kòrèk, epi eseye ankò.',

  'consent.title': 'Bay aksè',
  'consent.intro': '{{client}} ap mande pèmisyon pou:',
  'consent.signedInAs': 'Ou konekte kòm {{name}}',
  'consent.allow': 'Aksepte',
  'consent.deny': 'Refize',
  'scope.openid': 'Konfime kiyès ou ye',
  'scope.profile': 'Wè non ou ak lang ou',
  'scope.email': 'Wè adrès imèl ou',
  'scope.corredor': 'Wè sant ou ak wòl ou',
  'scope.api': 'Travay nan Corredor nan non ou',
  'scope.offline_access': 'Kenbe aksè a san ou pa bezwen konekte ankò',
  'scope.other': 'Aksè “{{scope}}”',

  'throttled.title': 'Twòp tantativ',
  'throttled.body': 'Te gen twòp tantativ ki pa mache. Eseye ankò nan {{minutes}} minit.',

  'error.title': 'Gen yon bagay ki pa mache',
  'error.generic': 'Nou pa t kapab fini koneksyon an. Retounen nan aplikasyon an epi eseye ankò.',
  'error.expired': 'Koneksyon sa a ekspire. Rekòmanse depi nan aplikasyon an.',
  'error.unavailable': 'Koneksyon an pa disponib kounye a. Eseye ankò nan kèk minit.',
  'error.code': 'Kòd erè a: {{code}}',

  'logout.title': 'Dekonekte',
  'logout.question': 'Èske ou vle dekonekte sou aparèy sa a?',
  'logout.confirm': 'Wi, dekonekte m',
  'logout.cancel': 'Non, rete konekte',
  'logout.done': 'Ou dekonekte. Si se yon òdinatè plizyè moun itilize, fèmen navigatè a tou.',

  'console.title': 'Jeton aksè ou',
  'console.intro':
    'Paj sa a se pou anplwaye ki poko gen yon aplikasyon wèb: kopye jeton an pou w itilize API Corredor nan yon tèminal oswa yon script. Li pèsonèl: pa pataje l ak pèsonn.',
  'console.expires': 'Ekspire: {{time}} (nan {{minutes}} minit)',
  'console.centre': 'Sant',
  'console.roles': 'Wòl',
  'console.token': 'Jeton',
  'console.shell': 'Pou tèminal la',
  'console.again': 'Jwenn yon nouvo jeton',
  'console.failed': 'Nou pa t kapab jwenn jeton an.',

  // The page of an invitation link, where a new member of staff sets a password.
  'invitation.title': 'Kreye modpas ou',
  'invitation.intro': 'Yo envite w travay nan Corredor kòm {{name}}. Chwazi yon modpas pou w ka konekte.',
  'invitation.password': 'Modpas',
  'invitation.rule': 'Omwen 12 karaktè. Yon fraz ki long fasil pou w sonje epi difisil pou moun devine.',
  'invitation.submit': 'Anrejistre modpas la',
  'invitation.done': 'Sa fèt: kont ou aktif.',
  'invitation.signIn': 'Konekte',
  'invitation.failed': 'Ou pa ka itilize envitasyon sa a.',
};
