export interface PathSpec {
  code: string;
  name: string;
  durationWeeks: number;
  projects: string[];
}

const label = (titles: string[]) => titles.map((t, i) => `P${i + 1} · ${t}`);

export const PATHS: PathSpec[] = [
  {
    code: "DEV-WEB",
    name: "Développeur web",
    durationWeeks: 52,
    projects: label([
      "Démarrez votre formation de développeur web",
      "Transformez une maquette en site web avec HTML et CSS",
      "Dynamisez une page web avec des animations CSS",
      "Optimisez un site web existant (SEO et performance)",
      "Créez une page web dynamique avec JavaScript",
      "Rendez accessible le site d'une association",
      "Développez le back-end d'une API avec Node.js",
      "Créez une application web avec React",
      "Débuggez et testez une application web",
      "Réalisez votre projet de fin de formation",
    ]),
  },
  {
    code: "DATA-ANALYST",
    name: "Data analyst",
    durationWeeks: 40,
    projects: label([
      "Démarrez votre formation de data analyst",
      "Réalisez un tableau de bord avec un tableur",
      "Interrogez une base de données avec SQL",
      "Analysez des données avec Python et pandas",
      "Réalisez une étude statistique",
      "Créez un tableau de bord interactif avec Power BI",
      "Segmentez une clientèle",
      "Présentez une analyse à un comité de direction",
    ]),
  },
  {
    code: "CHEF-PROJET-DIGITAL",
    name: "Chef de projet digital",
    durationWeeks: 36,
    projects: label([
      "Démarrez votre formation de chef de projet digital",
      "Rédigez le cahier des charges d'un site web",
      "Planifiez un projet et pilotez son budget",
      "Menez une démarche agile avec une équipe",
      "Concevez une stratégie de contenu et de référencement",
      "Analysez l'audience d'un site et proposez des améliorations",
      "Pilotez la mise en production d'un projet digital",
    ]),
  },
];
