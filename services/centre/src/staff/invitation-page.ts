/** The page where an invitee sets a password, in the four languages of the sign-in pages. */
export const INVITATION_LANGUAGES = ['es', 'en', 'fr', 'ht'] as const;
export type InvitationLanguage = (typeof INVITATION_LANGUAGES)[number];

const TEXT: Record<InvitationLanguage, Record<'title' | 'intro' | 'password' | 'rule' | 'submit' | 'done' | 'signIn' | 'failed', string>> = {
  es: {
    title: 'Crear su contraseña',
    intro: 'Le invitaron a trabajar en Corredor como {name}. Elija una contraseña para entrar.',
    password: 'Contraseña',
    rule: 'Al menos 12 caracteres. Una frase larga es fácil de recordar y difícil de adivinar.',
    submit: 'Guardar contraseña',
    done: 'Listo: su cuenta está activa.',
    signIn: 'Entrar',
    failed: 'No se pudo usar esta invitación.',
  },
  en: {
    title: 'Set your password',
    intro: 'You have been invited to work in Corredor as {name}. Choose a password to sign in.',
    password: 'Password',
    rule: 'At least 12 characters. A long phrase is easy to remember and hard to guess.',
    submit: 'Save password',
    done: 'Done: your account is active.',
    signIn: 'Sign in',
    failed: 'This invitation cannot be used.',
  },
  fr: {
    title: 'Créer votre mot de passe',
    intro: 'Vous avez été invité·e à travailler dans Corredor en tant que {name}. Choisissez un mot de passe pour vous connecter.',
    password: 'Mot de passe',
    rule: 'Au moins 12 caractères. Une longue phrase est facile à retenir et difficile à deviner.',
    submit: 'Enregistrer le mot de passe',
    done: 'C’est fait : votre compte est actif.',
    signIn: 'Se connecter',
    failed: 'Cette invitation ne peut pas être utilisée.',
  },
  ht: {
    title: 'Kreye modpas ou',
    intro: 'Yo envite w travay nan Corredor kòm {name}. Chwazi yon modpas pou w ka konekte.',
    password: 'Modpas',
    rule: 'Omwen 12 karaktè. Yon fraz ki long fasil pou w sonje epi difisil pou moun devine.',
    submit: 'Anrejistre modpas la',
    done: 'Sa fèt: kont ou aktif.',
    signIn: 'Konekte',
    failed: 'Ou pa ka itilize envitasyon sa a.',
  },
};

const escape = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function layout(lang: InvitationLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(title)} · Corredor</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

export function invitationForm(lang: InvitationLanguage, input: { name: string; action: string; error?: string }): string {
  const t = TEXT[lang];
  return layout(
    lang,
    t.title,
    `<p>${escape(t.intro.replace('{name}', input.name))}</p>${input.error ? `<p role="alert">${escape(input.error)}</p>` : ''}` +
      `<form method="post" action="${escape(input.action)}"><label>${escape(t.password)} <input type="password" name="password" minlength="12" autocomplete="new-password" required></label>` +
      `<p>${escape(t.rule)}</p><button type="submit">${escape(t.submit)}</button></form>`,
  );
}

export function invitationDone(lang: InvitationLanguage, signInUrl: string): string {
  const t = TEXT[lang];
  return layout(lang, t.done, `<p><a href="${escape(signInUrl)}">${escape(t.signIn)}</a></p>`);
}

export function invitationFailed(lang: InvitationLanguage, detail: string): string {
  return layout(lang, TEXT[lang].failed, `<p>${escape(detail)}</p>`);
}
