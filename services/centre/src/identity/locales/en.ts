import type { Messages } from './es';

export const en: Messages = {
  'language.name': 'English',
  'layout.tagline': 'Migrant Worker Resource Centres',
  'layout.languages': 'Language',

  'signin.title': 'Sign in',
  'signin.intro': 'Centre staff: sign in with your email address and password.',
  'signin.forClient': 'To continue to {{client}}',
  'signin.email': 'Email address',
  'signin.password': 'Password',
  'signin.submit': 'Sign in',
  'signin.invalid': 'The email address or password is not correct.',

  'totp.title': 'Two-step verification',
  'totp.intro': 'Enter the 6-digit code shown by your authenticator app.',
  'totp.code': 'Code',
  'totp.submit': 'Verify',
  'totp.invalid': 'The code is not correct or has expired.',

  'enrol.title': 'Set up two-step verification',
  'enrol.intro':
    'Your centre requires a second step at sign-in for your role. Add this account to an authenticator app (for example FreeOTP, Aegis or Google Authenticator) and enter the code it shows.',
  'enrol.secret': 'Key to type by hand',
  'enrol.uri': 'otpauth link (to copy)',
  'enrol.submit': 'Turn on',
  'enrol.invalid': "The code does not match. Check that your phone's time is right and try again.",

  'consent.title': 'Allow access',
  'consent.intro': '{{client}} is asking to:',
  'consent.signedInAs': 'Signed in as {{name}}',
  'consent.allow': 'Allow',
  'consent.deny': 'Deny',
  'scope.openid': 'Confirm who you are',
  'scope.profile': 'See your name and language',
  'scope.email': 'See your email address',
  'scope.corredor': 'See your centre and your role',
  'scope.api': 'Work in Corredor on your behalf',
  'scope.offline_access': 'Keep access without you signing in again',
  'scope.other': 'Access “{{scope}}”',

  'throttled.title': 'Too many attempts',
  'throttled.body': 'There were too many failed attempts. Try again in {{minutes}} min.',

  'error.title': 'Something went wrong',
  'error.generic': 'We could not complete the sign-in. Go back to the application and try again.',
  'error.expired': 'This sign-in has expired. Start again from the application.',
  'error.unavailable': 'Sign-in is not available right now. Try again in a few minutes.',
  'error.code': 'Error code: {{code}}',

  'logout.title': 'Sign out',
  'logout.question': 'Do you want to sign out on this device?',
  'logout.confirm': 'Yes, sign out',
  'logout.cancel': 'No, stay signed in',
  'logout.done': 'You are signed out. On a shared computer, close the browser too.',

  'console.title': 'Your access token',
  'console.intro':
    'This page is for staff who do not have a web app yet: copy the token to use the Corredor API from a terminal or a script. It is personal: do not share it.',
  'console.expires': 'Expires: {{time}} (in {{minutes}} min)',
  'console.centre': 'Centre',
  'console.roles': 'Roles',
  'console.token': 'Token',
  'console.shell': 'For the terminal',
  'console.again': 'Get a new token',
  'console.failed': 'The token could not be obtained.',

  // The page of an invitation link, where a new member of staff sets a password.
  'invitation.title': 'Set your password',
  'invitation.intro': 'You have been invited to work in Corredor as {{name}}. Choose a password to sign in.',
  'invitation.password': 'Password',
  'invitation.rule': 'At least 12 characters. A long phrase is easy to remember and hard to guess.',
  'invitation.submit': 'Save password',
  'invitation.done': 'Done: your account is active.',
  'invitation.signIn': 'Sign in',
  'invitation.failed': 'This invitation cannot be used.',
};
