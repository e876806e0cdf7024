/** Spanish: the source of every key, and the language when nothing else is known. */
export const es = {
  'language.name': 'Español',
  'layout.tagline': 'Centros de Recursos para Trabajadores Migrantes',
  'layout.languages': 'Idioma',

  'signin.title': 'Iniciar sesión',
  'signin.intro': 'Personal del centro: ingrese con su correo electrónico y su contraseña.',
  'signin.forClient': 'Para continuar a {{client}}',
  'signin.email': 'Correo electrónico',
  'signin.password': 'Contraseña',
  'signin.submit': 'Entrar',
  'signin.invalid': 'El correo electrónico o la contraseña no son correctos.',

  'totp.title': 'Verificación en dos pasos',
  'totp.intro': 'Escriba el código de 6 dígitos que muestra su aplicación de autenticación.',
  'totp.code': 'Código',
  'totp.submit': 'Verificar',
  'totp.invalid': 'El código no es correcto o ya venció.',

  'enrol.title': 'Active la verificación en dos pasos',
  'enrol.intro':
    'Su centro pide un segundo paso al iniciar sesión para su función. Agregue esta cuenta a una aplicación de autenticación (por ejemplo FreeOTP, Aegis o Google Authenticator) y escriba el código que le muestre.',
  'enrol.secret': 'Clave para escribir a mano',
  'enrol.uri': 'Enlace otpauth (para copiar)',
  'enrol.submit': 'Activar',
  'enrol.invalid': 'El código no coincide. Revise que la hora de su teléfono sea correcta e inténtelo de nuevo.',

  'consent.title': 'Autorizar el acceso',
  'consent.intro': '{{client}} pide permiso para:',
  'consent.signedInAs': 'Sesión iniciada como {{name}}',
  'consent.allow': 'Permitir',
  'consent.deny': 'Rechazar',
  'scope.openid': 'Confirmar quién es usted',
  'scope.profile': 'Ver su nombre y su idioma',
  'scope.email': 'Ver su correo electrónico',
  'scope.corredor': 'Ver su centro y su función',
  'scope.api': 'Trabajar en Corredor en su nombre',
  'scope.offline_access': 'Mantener el acceso sin que usted vuelva a iniciar sesión',
  'scope.other': 'Acceso «{{scope}}»',

  'throttled.title': 'Demasiados intentos',
  'throttled.body': 'Hubo demasiados intentos fallidos. Vuelva a intentarlo en {{minutes}} min.',

  'error.title': 'Algo salió mal',
  'error.generic': 'No pudimos completar el inicio de sesión. Vuelva a la aplicación e inténtelo de nuevo.',
  'error.expired': 'Este inicio de sesión venció. Vuelva a empezar desde la aplicación.',
  'error.unavailable': 'El inicio de sesión no está disponible por ahora. Inténtelo de nuevo en unos minutos.',
  'error.code': 'Código del error: {{code}}',

  'logout.title': 'Cerrar sesión',
  'logout.question': '¿Desea cerrar la sesión en este dispositivo?',
  'logout.confirm': 'Sí, cerrar sesión',
  'logout.cancel': 'No, seguir conectado',
  'logout.done': 'Su sesión está cerrada. Si usa una computadora compartida, cierre también el navegador.',

  'console.title': 'Su token de acceso',
  'console.intro':
    'Esta página es para el personal que todavía no tiene una aplicación web: copie el token para usar la API de Corredor desde una terminal o un script. Es personal: no lo comparta.',
  'console.expires': 'Vence: {{time}} (en {{minutes}} min)',
  'console.centre': 'Centro',
  'console.roles': 'Funciones',
  'console.token': 'Token',
  'console.shell': 'Para la terminal',
  'console.again': 'Obtener un token nuevo',
  'console.failed': 'No se pudo obtener el token.',

  // The page of an invitation link, where a new member of staff sets a password.
  'invitation.title': 'Crear su contraseña',
  'invitation.intro': 'Le invitaron a trabajar en Corredor como {{name}}. Elija una contraseña para entrar.',
  'invitation.password': 'Contraseña',
  'invitation.rule': 'Al menos 12 caracteres. Una frase larga es fácil de recordar y difícil de adivinar.',
  'invitation.submit': 'Guardar contraseña',
  'invitation.done': 'Listo: su cuenta está activa.',
  'invitation.signIn': 'Entrar',
  'invitation.failed': 'No se pudo usar esta invitación.',
} as const;

export type MessageKey = keyof typeof es;
/** Every language has every key: the compiler checks the other files against this. */
export type Messages = Record<MessageKey, string>;
