// Setting a password from an invitation or reset link, "forgot password", and those emails.
const fr = {
  forgotLink: "Mot de passe oublié ?",
  forgot: {
    title: "Mot de passe oublié",
    intro: "Saisissez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
    submit: "Envoyer le lien",
    sent: "Si un compte actif correspond à cette adresse, un e-mail avec un lien vient de lui être envoyé. Le lien est valable 2 heures.",
    back: "Retour à la connexion",
  },
  setPassword: {
    titleInvitation: "Choisissez votre mot de passe",
    titleReset: "Nouveau mot de passe",
    intro: "Au moins 12 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.",
    password: "Mot de passe",
    confirm: "Confirmez le mot de passe",
    submit: "Enregistrer le mot de passe",
    done: "Votre mot de passe est enregistré. Vous pouvez vous connecter.",
    signIn: "Se connecter",
    invalidTitle: "Ce lien ne fonctionne plus",
    invalid: "Le lien a déjà servi, a expiré ou le compte est désactivé. Demandez un nouveau lien.",
    askAgain: "Demander un nouveau lien",
  },
  errors: {
    email: { required: "Saisissez votre adresse e-mail.", tooLong: "L'adresse e-mail est trop longue.", invalid: "Saisissez une adresse e-mail valide, par exemple nom@exemple.fr." },
    password: { tooShort: "Le mot de passe doit faire au moins 12 caractères.", tooLong: "Le mot de passe est trop long." },
    confirm: { mismatch: "Les deux mots de passe ne sont pas identiques." },
    invalidLink: "Le lien a déjà servi, a expiré ou le compte est désactivé. Demandez un nouveau lien.",
  },
  email: {
    invitationSubject: "Votre accès au portail d'accompagnement",
    invitationBody: "Un compte a été créé pour vous sur le portail d'accompagnement des apprenants. Choisissez votre mot de passe avec le lien ci-dessous, valable 72 heures.",
    invitationAction: "Choisir mon mot de passe",
    resetSubject: "Réinitialisation de votre mot de passe",
    resetBody: "Vous avez demandé à changer votre mot de passe. Le lien ci-dessous est valable 2 heures et ne sert qu'une fois.",
    resetAction: "Choisir un nouveau mot de passe",
    ignore: "Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.",
    greeting: "Bonjour {name},",
  },
};

const en: typeof fr = {
  forgotLink: "Forgot your password?",
  forgot: {
    title: "Forgot your password",
    intro: "Enter your account's email address: we will send you a link to choose a new password.",
    submit: "Send the link",
    sent: "If an active account matches this address, an email with a link has just been sent to it. The link works for 2 hours.",
    back: "Back to sign-in",
  },
  setPassword: {
    titleInvitation: "Choose your password",
    titleReset: "New password",
    intro: "At least 12 characters. A phrase of several words is easy to remember and hard to guess.",
    password: "Password",
    confirm: "Confirm the password",
    submit: "Save the password",
    done: "Your password is saved. You can sign in.",
    signIn: "Sign in",
    invalidTitle: "This link no longer works",
    invalid: "The link was already used, has expired, or the account is deactivated. Ask for a new link.",
    askAgain: "Ask for a new link",
  },
  errors: {
    email: { required: "Enter your email address.", tooLong: "The email address is too long.", invalid: "Enter a valid email address, like name@example.com." },
    password: { tooShort: "The password must be at least 12 characters.", tooLong: "The password is too long." },
    confirm: { mismatch: "The two passwords are not the same." },
    invalidLink: "The link was already used, has expired, or the account is deactivated. Ask for a new link.",
  },
  email: {
    invitationSubject: "Your access to the learner support portal",
    invitationBody: "An account was created for you on the learner support portal. Choose your password with the link below, which works for 72 hours.",
    invitationAction: "Choose my password",
    resetSubject: "Resetting your password",
    resetBody: "You asked to change your password. The link below works for 2 hours and only once.",
    resetAction: "Choose a new password",
    ignore: "If you did not ask for this, ignore this email.",
    greeting: "Hello {name},",
  },
};

export const account = { fr, en };
