// What mentors write after a session. "{p}" is the project the learner works on.
export const HELD_NOTES = [
  "Bon point d'étape sur « {p} ». Objectif pour la semaine prochaine : finaliser la partie en cours et relire les consignes.",
  "Séance consacrée aux questions sur « {p} ». Les bases sont acquises, continuez sur cette lancée.",
  "Bonne progression. Pensez à découper le travail restant en petites tâches et à les planifier dans la semaine.",
  "Revue du travail réalisé : quelques corrections à apporter, rien de bloquant. On valide la suite à la prochaine session.",
  "Nous avons repris ensemble les points bloquants de « {p} ». Ressources complémentaires envoyées par message.",
  "Très bon travail cette semaine, le livrable avance bien. Prochaine étape : préparer la soutenance.",
  "Point sur l'organisation : prévoyez des créneaux réguliers, c'est la clé pour tenir le rythme.",
  "Session de relecture : le code est plus lisible, pensez à commenter les parties complexes.",
  "Échange sur la méthodologie du projet « {p} ». Vous avez trouvé une bonne approche, à consolider.",
  "Avancement conforme au planning. Nous verrons la partie suivante du projet la semaine prochaine.",
  "Quelques difficultés sur la fin de « {p} », nous avons fixé un objectif intermédiaire pour la semaine.",
  "Séance de préparation à la soutenance : présentation claire, à chronométrer avant le jour J.",
];

export const DEFENCE_NOTES = [
  "Soutenance du projet « {p} » validée. Présentation claire et bonnes réponses aux questions. Bravo !",
  "Projet « {p} » validé en soutenance. Point d'amélioration : mieux justifier vos choix techniques.",
  "Soutenance réussie pour « {p} ». Livrables complets ; attention à la gestion du temps de présentation.",
  "« {p} » validé. Très bon travail, vous pouvez démarrer le projet suivant dès cette semaine.",
];

export const NO_SHOW_NOTE = "Absence non signalée à la session. Merci de prévenir votre mentor en cas d'empêchement.";

export const CANCEL_NOTES = {
  LEARNER: "Session annulée à votre demande.",
  MENTOR: "Session annulée par le mentor (indisponibilité). Un nouveau créneau vous est proposé.",
  SCHOOL: "Session annulée par l'école (maintenance de la plateforme de visioconférence).",
} as const;

// Never shown to the learner: one list for learners on track, one for those behind.
export const PRIVATE_NOTES_ON_TRACK = [
  "Très autonome, pourrait avancer plus vite avec des objectifs plus ambitieux.",
  "Manque de confiance en soi malgré un bon niveau, à encourager.",
  "Évoque une reconversion vers l'alternance après la formation, à relayer au conseiller.",
];

export const PRIVATE_NOTES_BEHIND = [
  "Semble fatigué·e ces derniers temps, à surveiller.",
  "Difficultés sur les notions de base : proposer des ressources complémentaires.",
  "Évoque des contraintes professionnelles qui réduisent son temps de travail.",
];

export const DISENGAGING_PRIVATE_NOTE = "Motivation en baisse, évoque des difficultés personnelles. À signaler si les absences continuent.";

export function fill(template: string, project: string): string {
  return template.replaceAll("{p}", project);
}
