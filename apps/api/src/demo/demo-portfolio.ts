/**
 * The demo portfolio: the digital strategy digiTal2023 of the city of Wuppertal, built from the
 * city's press release of 23 July 2020 (`shared/seeds/wuppertal-digital2023-press-release.txt`).
 *
 * Pure data. Every figure that the release gives is a key-figure measurement of its project.
 * People are invented; departments are offices as a German city has them. Dates are offsets in
 * days from the day of seeding, so the demo always has milestones that are done, overdue, due
 * soon and upcoming, projects of every health, and a few reports that have gone stale.
 */
import { Health, ProjectPhase, RiskLevel, RiskStatus, Role } from '@leitstand/shared-domain';

export interface DemoPortfolio {
  strategy: { name: string; description: string; startYear: number; endYear: number };
  /** The fields of action (Handlungsfelder). */
  fields: DemoField[];
  departments: DemoDepartment[];
  people: DemoPerson[];
  projects: DemoProject[];
}

export interface DemoField {
  key: string;
  name: string;
  description: string;
}

export interface DemoDepartment {
  key: string;
  code: string;
  name: string;
}

export interface DemoPerson {
  key: string;
  name: string;
  email: string;
  role: Role;
  /** A DemoDepartment key. */
  department: string;
}

export interface DemoProject {
  /** 'DIG-001' …, unique. */
  code: string;
  title: string;
  summary: string;
  /** A DemoField key. */
  field: string;
  /** A DemoDepartment key. */
  department: string;
  /** A DemoPerson key. */
  lead: string;
  /** person is a DemoPerson key; role is free text, e.g. 'Teilprojektleitung'. */
  members: { person: string; role: string }[];
  tags: string[];
  /** Days relative to the day of seeding (negative = in the past). */
  startOffsetDays: number;
  plannedEndOffsetDays: number;
  forecastEndOffsetDays?: number;
  /** Only for completed projects. */
  actualEndOffsetDays?: number;
  /** Exact decimal string in EUR, e.g. '1250000.00'. */
  budgetPlanned?: string;
  budgetSpent?: string;
  /** Codes of projects that must deliver first; acyclic. */
  dependsOn: string[];
  milestones: DemoMilestone[];
  /** Oldest first; the newest sets the project's health, phase and progress. */
  statusUpdates: DemoStatusUpdate[];
  kpis: DemoKpi[];
  risks: DemoRisk[];
}

export interface DemoMilestone {
  title: string;
  description?: string;
  plannedOffsetDays: number;
  forecastOffsetDays?: number;
  completedOffsetDays?: number;
  /** A DemoPerson key. */
  owner?: string;
}

export interface DemoStatusUpdate {
  daysAgo: number;
  /** A DemoPerson key. */
  author: string;
  health: Health;
  phase: ProjectPhase;
  progress: number;
  summary: string;
  achievements?: string;
  nextSteps?: string;
  blockers?: string;
}

export interface DemoKpi {
  name: string;
  unit: string;
  baseline?: number;
  target?: number;
  /** Oldest first. */
  measurements: { daysAgo: number; value: number; note?: string }[];
}

export interface DemoRisk {
  title: string;
  description?: string;
  probability: RiskLevel;
  impact: RiskLevel;
  status: RiskStatus;
  mitigation?: string;
  /** A DemoPerson key. */
  owner?: string;
}

const { ON_TRACK, AT_RISK, OFF_TRACK } = Health;
const { IDEA, PLANNED, IN_PROGRESS, ON_HOLD, COMPLETED } = ProjectPhase;
const { LOW, MEDIUM, HIGH } = RiskLevel;
const { OPEN, MITIGATED, CLOSED } = RiskStatus;

export const DEMO_PORTFOLIO: DemoPortfolio = {
  strategy: {
    name: 'digiTal2023',
    description:
      'Digitalisierungsstrategie der Stadt Wuppertal im Rahmen des Modernisierungsprogramms der Stadtverwaltung. ' +
      'Wuppertal gehört zu den digitalen Modellkommunen in NRW. Die Strategie bündelt die Digitalisierung der ' +
      'Verwaltungsarbeit, mobiles Arbeiten, digitale Bürgerservices, Qualifizierung und Personalgewinnung sowie ' +
      'die Erprobung neuer Technologien.',
    startYear: 2019,
    endYear: 2023,
  },

  fields: [
    {
      key: 'verwaltung',
      name: 'Digitale Verwaltung',
      description: 'Elektronische Aktenführung, digitaler Posteingang und medienbruchfreie interne Abläufe.',
    },
    {
      key: 'mobil',
      name: 'Mobiles Arbeiten',
      description:
        'Homeoffice, mobile Endgeräte, sichere Fernzugänge und Konferenzsysteme für ortsunabhängiges Arbeiten.',
    },
    {
      key: 'buerger',
      name: 'Bürgerservices',
      description: 'Verwaltungsleistungen online und automatisiert, mit weniger Wegen ins Bürgerbüro.',
    },
    {
      key: 'quali',
      name: 'Qualifizierung und Personalgewinnung',
      description:
        'Neue Ausbildungsgänge, Changemanagement und die Positionierung der Stadt als Arbeitgeberin für IT-Fachkräfte.',
    },
    {
      key: 'innovation',
      name: 'Innovation und Zukunftstechnologien',
      description: 'Cloud Computing, IoT, Blockchain und Open Innovation: prüfen, erproben, übernehmen, was trägt.',
    },
    {
      key: 'kommunikation',
      name: 'Interne Kommunikation',
      description: 'Intranet, E-Mail und die Mitarbeiter-App MIA, damit alle Beschäftigten erreicht werden.',
    },
  ],

  departments: [
    { key: 'digi', code: 'Stab 02', name: 'Stabsstelle Digitalisierung (Digitalisierungsbüro)' },
    { key: 'orga', code: 'Amt 101', name: 'Personal- und Organisationsamt' },
    { key: 'zd', code: 'Amt 102', name: 'Amt für Zentrale Dienste' },
    { key: 'it', code: 'Amt 103', name: 'Amt für Informationstechnik und Digitalisierung' },
    { key: 'presse', code: 'Amt 104', name: 'Presse- und Informationsamt' },
    { key: 'buerger', code: 'Amt 302', name: 'Einwohnermeldeamt / Bürgerbüro' },
  ],

  people: [
    { key: 'admin', name: 'Stefan Brückner', email: 'admin@leitstand.example', role: Role.ADMIN, department: 'it' },
    {
      key: 'portfolio',
      name: 'Miriam Albers',
      email: 'portfolio@leitstand.example',
      role: Role.PORTFOLIO_MANAGER,
      department: 'digi',
    },
    { key: 'lead', name: 'Jonas Ebert', email: 'lead@leitstand.example', role: Role.PROJECT_LEAD, department: 'it' },
    { key: 'viewer', name: 'Helga Vogt', email: 'viewer@leitstand.example', role: Role.VIEWER, department: 'digi' },
    {
      key: 'kraemer',
      name: 'Sabine Krämer',
      email: 'sabine.kraemer@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'zd',
    },
    {
      key: 'yilmaz',
      name: 'Murat Yılmaz',
      email: 'murat.yilmaz@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'it',
    },
    {
      key: 'reuter',
      name: 'Thomas Reuter',
      email: 'thomas.reuter@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'it',
    },
    {
      key: 'hartung',
      name: 'Felix Hartung',
      email: 'felix.hartung@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'it',
    },
    {
      key: 'wolters',
      name: 'Dirk Wolters',
      email: 'dirk.wolters@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'it',
    },
    {
      key: 'lindner',
      name: 'Anja Lindner',
      email: 'anja.lindner@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'orga',
    },
    {
      key: 'bergmann',
      name: 'Claudia Bergmann',
      email: 'claudia.bergmann@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'buerger',
    },
    {
      key: 'schwarz',
      name: 'Nina Schwarz',
      email: 'nina.schwarz@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'presse',
    },
    {
      key: 'hoffmann',
      name: 'Lea Hoffmann',
      email: 'lea.hoffmann@wuppertal.example',
      role: Role.PROJECT_LEAD,
      department: 'digi',
    },
    {
      key: 'schaefer',
      name: 'Renate Schäfer',
      email: 'renate.schaefer@wuppertal.example',
      role: Role.VIEWER,
      department: 'orga',
    },
  ],

  projects: [
    {
      code: 'DIG-001',
      title: 'Digitaler Posteingang mit zwei Scan-Straßen',
      summary:
        'Die Eingangspost der angeschlossenen Ämter wird in der zentralen Poststelle gescannt, indexiert und ' +
        'digital an die Sachbearbeitung verteilt. Dafür wurden zwei Hochleistungs-Scan-Straßen beschafft und ' +
        'in Betrieb genommen. Grundlage für die elektronische Akte.',
      field: 'verwaltung',
      department: 'zd',
      lead: 'kraemer',
      members: [
        { person: 'reuter', role: 'Technische Umsetzung Scan-Infrastruktur' },
        { person: 'lead', role: 'Schnittstelle zur E-Akte' },
        { person: 'wolters', role: 'Informationssicherheit und Datenschutz' },
      ],
      tags: ['Posteingang', 'Scan-Straße', 'E-Akte', 'Regelbetrieb'],
      startOffsetDays: -540,
      plannedEndOffsetDays: -120,
      forecastEndOffsetDays: -95,
      actualEndOffsetDays: -95,
      budgetPlanned: '480000.00',
      budgetSpent: '463250.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Vergabe Scan-Hardware und Capture-Software',
          description: 'Offenes Verfahren, Zuschlag auf das wirtschaftlichste Angebot.',
          plannedOffsetDays: -420,
          completedOffsetDays: -425,
          owner: 'kraemer',
        },
        {
          title: 'Scan-Straße 1 in Betrieb (Pilotämter)',
          plannedOffsetDays: -300,
          completedOffsetDays: -292,
          owner: 'reuter',
        },
        {
          title: 'Scan-Straße 2 in Betrieb',
          description: 'Verzögert durch Lieferverzug beim zweiten Hochleistungsscanner.',
          plannedOffsetDays: -200,
          forecastOffsetDays: -170,
          completedOffsetDays: -168,
          owner: 'reuter',
        },
        {
          title: 'Übergabe in den Regelbetrieb der Poststelle',
          plannedOffsetDays: -120,
          forecastOffsetDays: -95,
          completedOffsetDays: -95,
          owner: 'kraemer',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 330,
          author: 'kraemer',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 35,
          summary: 'Vergabe abgeschlossen, Scan-Straße 1 wird in der Poststelle aufgebaut.',
          achievements: 'Zuschlag erteilt; Räume der Poststelle umgebaut; Scan-Anweisung nach TR-RESISCAN im Entwurf.',
          nextSteps: 'Inbetriebnahme Scan-Straße 1 mit Amt 101 und Amt 102 als Pilotämtern.',
        },
        {
          daysAgo: 230,
          author: 'kraemer',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 60,
          summary: 'Scan-Straße 1 läuft stabil; der zweite Scanner wird später geliefert.',
          achievements: 'Scan-Straße 1 seit gut zwei Monaten produktiv; zwei Ämter erhalten ihre Post digital.',
          nextSteps: 'Lieferung nachhalten; Anschluss eines dritten Amtes über Scan-Straße 1 vorziehen.',
          blockers: 'Der Hersteller hat den Liefertermin für den zweiten Scanner um rund vier Wochen verschoben.',
        },
        {
          daysAgo: 160,
          author: 'kraemer',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 85,
          summary: 'Beide Scan-Straßen sind in Betrieb.',
          achievements: 'Scan-Straße 2 seit acht Tagen produktiv; fünf Ämter angeschlossen.',
          nextSteps: 'Anschluss des sechsten Amtes, Betriebshandbuch, Übergabe an die Poststelle.',
        },
        {
          daysAgo: 94,
          author: 'kraemer',
          health: ON_TRACK,
          phase: COMPLETED,
          progress: 100,
          summary: 'Projekt abgeschlossen und in den Regelbetrieb übergeben.',
          achievements: 'Zwei Scan-Straßen im Einsatz, sechs Ämter erhalten ihre Eingangspost digital.',
          nextSteps: 'Anschluss weiterer Ämter erfolgt im Rahmen des E-Akte-Rollouts (DIG-002).',
        },
      ],
      kpis: [
        {
          name: 'Scan-Straßen in Betrieb',
          unit: 'Scan-Straßen',
          baseline: 0,
          target: 2,
          measurements: [
            { daysAgo: 360, value: 0 },
            { daysAgo: 292, value: 1, note: 'Scan-Straße 1 produktiv' },
            { daysAgo: 168, value: 2, note: 'Zwei moderne Scan-Straßen im Einsatz' },
          ],
        },
        {
          name: 'Ämter mit digitalem Posteingang',
          unit: 'Ämter',
          baseline: 0,
          target: 6,
          measurements: [
            { daysAgo: 292, value: 2 },
            { daysAgo: 230, value: 3 },
            { daysAgo: 168, value: 5 },
            { daysAgo: 95, value: 6 },
          ],
        },
      ],
      risks: [
        {
          title: 'Lieferverzug Scan-Hardware',
          description: 'Der Hersteller konnte den zweiten Hochleistungsscanner nicht termingerecht liefern.',
          probability: MEDIUM,
          impact: MEDIUM,
          status: CLOSED,
          mitigation: 'Dritter Pilotbereich über Scan-Straße 1 vorgezogen; Gerät inzwischen geliefert.',
          owner: 'reuter',
        },
        {
          title: 'Vertrauliche Post wird versehentlich gescannt',
          description: 'Personal- und Gesundheitsangelegenheiten dürfen nicht in den allgemeinen Scanlauf geraten.',
          probability: LOW,
          impact: HIGH,
          status: MITIGATED,
          mitigation:
            'Ausnahmeliste in der Scan-Anweisung; gekennzeichnete Umschläge werden ungeöffnet weitergeleitet.',
          owner: 'wolters',
        },
      ],
    },
    {
      code: 'DIG-002',
      title: 'Einführung der E-Akte in der Stadtverwaltung',
      summary:
        'Stadtweite Umstellung von der Papierakte auf die elektronische Akte in einem zentralen ' +
        'Dokumentenmanagementsystem, in Wellen nach Ämtern. Der digitale Posteingang (DIG-001) liefert die ' +
        'eingehenden Schriftstücke direkt in die Vorgänge.',
      field: 'verwaltung',
      department: 'it',
      lead: 'lead',
      members: [
        { person: 'kraemer', role: 'Teilprojektleitung Posteingang' },
        { person: 'hoffmann', role: 'Changemanagement und Schulung' },
        { person: 'wolters', role: 'Informationssicherheit' },
      ],
      tags: ['E-Akte', 'DMS', 'Dokumentenmanagement', 'Rollout'],
      startOffsetDays: -480,
      plannedEndOffsetDays: 240,
      forecastEndOffsetDays: 330,
      budgetPlanned: '2450000.00',
      budgetSpent: '1380600.00',
      dependsOn: ['DIG-001'],
      milestones: [
        {
          title: 'Fachkonzept und Aktenplan abgestimmt',
          plannedOffsetDays: -400,
          completedOffsetDays: -395,
          owner: 'lead',
        },
        {
          title: 'Pilotbetrieb in Amt 101 und Amt 102',
          plannedOffsetDays: -250,
          completedOffsetDays: -236,
          owner: 'lead',
        },
        {
          title: 'Rollout Welle 1 (sechs Ämter)',
          description: 'Amt 103, Amt 104, Amt 302 und drei Ämter des Geschäftsbereichs Finanzen.',
          plannedOffsetDays: -40,
          owner: 'lead',
        },
        {
          title: 'Schnittstelle Posteingang → E-Akte produktiv',
          description: 'Gescannte Post wird automatisch dem richtigen Vorgang zugeordnet.',
          plannedOffsetDays: -20,
          forecastOffsetDays: 9,
          owner: 'kraemer',
        },
        {
          title: 'Rollout Welle 2 (zehn Ämter)',
          plannedOffsetDays: 60,
          forecastOffsetDays: 150,
          owner: 'lead',
        },
        {
          title: 'Abschluss des Rollouts und Übergabe in den Regelbetrieb',
          plannedOffsetDays: 240,
          forecastOffsetDays: 330,
          owner: 'lead',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 200,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 30,
          summary: 'Pilotbetrieb in zwei Ämtern läuft; Welle 1 wird vorbereitet.',
          achievements: 'Pilot in Amt 101 und Amt 102 produktiv; 140 Arbeitsplätze lizenziert.',
          nextSteps: 'Aktenpläne der Welle-1-Ämter aufnehmen, Schulungstermine planen.',
        },
        {
          daysAgo: 110,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 38,
          summary: 'Vorbereitung Welle 1 nach Plan.',
          achievements: 'Aktenpläne für vier von sechs Ämtern abgestimmt; Multiplikatorennetz mit 24 Personen.',
          nextSteps: 'Migration der laufenden Vorgänge, Schulungen der Welle 1.',
        },
        {
          daysAgo: 55,
          author: 'lead',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 44,
          summary: 'Welle 1 wird den geplanten Termin nicht halten.',
          achievements: 'Drei Ämter der Welle 1 arbeiten mit der E-Akte.',
          nextSteps: 'Neuplanung Welle 1 mit den betroffenen Ämtern; Stichtagsregelung für Altakten.',
          blockers: 'Die Übernahme der laufenden Papiervorgänge ist aufwendiger als geplant.',
        },
        {
          daysAgo: 12,
          author: 'lead',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 48,
          summary: 'Welle 1 verzögert sich; Schnittstelle zum Posteingang im Test.',
          achievements: 'Vier von sechs Ämtern der Welle 1 produktiv; Schnittstelle Posteingang im Abnahmetest.',
          nextSteps: 'Abnahme der Schnittstelle; Umplanung von Welle 2 im Lenkungskreis entscheiden.',
          blockers:
            'Schulungskapazität reicht nicht für parallele Einführung in zwei Ämtern; Stichtagsregelung für ' +
            'Altakten noch nicht vom Verwaltungsvorstand bestätigt.',
        },
      ],
      kpis: [
        {
          name: 'Ämter mit produktiver E-Akte',
          unit: 'Ämter',
          baseline: 0,
          target: 28,
          measurements: [
            { daysAgo: 236, value: 2, note: 'Pilotämter' },
            { daysAgo: 120, value: 2 },
            { daysAgo: 55, value: 3 },
            { daysAgo: 12, value: 4 },
          ],
        },
        {
          name: 'Arbeitsplätze mit E-Akte',
          unit: 'Arbeitsplätze',
          baseline: 0,
          target: 3200,
          measurements: [
            { daysAgo: 236, value: 140 },
            { daysAgo: 120, value: 180 },
            { daysAgo: 55, value: 420 },
            { daysAgo: 12, value: 610 },
          ],
        },
      ],
      risks: [
        {
          title: 'Übernahme der Papier-Altbestände',
          description: 'Laufende Vorgänge müssen vollständig digital vorliegen, bevor ein Amt umstellt.',
          probability: HIGH,
          impact: MEDIUM,
          status: OPEN,
          mitigation:
            'Stichtagsregelung: abgeschlossene Akten bleiben in Papier, nur laufende Vorgänge werden gescannt.',
          owner: 'lead',
        },
        {
          title: 'Geringe Akzeptanz in den Fachämtern',
          probability: MEDIUM,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Multiplikatorinnen und Multiplikatoren in jedem Amt; Sprechstunde in den ersten vier Wochen.',
          owner: 'hoffmann',
        },
        {
          title: 'Engpass bei Schulungsräumen und Trainern',
          probability: MEDIUM,
          impact: MEDIUM,
          status: MITIGATED,
          mitigation: 'Schulungen zusätzlich als Videokonferenz; Rahmenvertrag mit externem Schulungsanbieter.',
          owner: 'hoffmann',
        },
      ],
    },

    {
      code: 'DIG-003',
      title: 'Mitarbeiter-App MIA',
      summary:
        'Eigenentwicklung des Amts für Informationstechnik und Digitalisierung für Android und iOS: alle ' +
        'relevanten Informationen für den Arbeitsalltag und Neuigkeiten aus der Stadtverwaltung, auch auf ' +
        'privaten Smartphones und Tablets. Erreicht Beschäftigte ohne PC-Arbeitsplatz.',
      field: 'kommunikation',
      department: 'it',
      lead: 'lead',
      members: [
        { person: 'schwarz', role: 'Redaktion' },
        { person: 'yilmaz', role: 'Entwicklung Backend' },
        { person: 'wolters', role: 'Datenschutz' },
      ],
      tags: ['MIA', 'App', 'Eigenentwicklung', 'Android', 'iOS', 'Interne Kommunikation'],
      startOffsetDays: -420,
      plannedEndOffsetDays: 150,
      budgetPlanned: '320000.00',
      budgetSpent: '241800.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Veröffentlichung in App Store und Google Play',
          plannedOffsetDays: -330,
          completedOffsetDays: -335,
          owner: 'lead',
        },
        {
          title: 'Redaktionsmodul für die Ämter',
          description: 'Ämter stellen eigene Meldungen ein; Freigabe durch das Presse- und Informationsamt.',
          plannedOffsetDays: -120,
          completedOffsetDays: -118,
          owner: 'schwarz',
        },
        {
          title: 'Push-Benachrichtigungen für Eilmeldungen',
          plannedOffsetDays: 8,
          owner: 'yilmaz',
        },
        {
          title: 'Kantinenplan und Dienstplan-Auskunft',
          plannedOffsetDays: 70,
          owner: 'yilmaz',
        },
        {
          title: 'Version 2.0 mit Anmeldung über das städtische Konto',
          plannedOffsetDays: 150,
          owner: 'lead',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 150,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 45,
          summary: 'MIA wird breit genutzt; Redaktionsmodul in der Abnahme.',
          achievements: 'Rund 3.800 Downloads; Redaktionsleitfaden mit dem Presseamt abgestimmt.',
          nextSteps: 'Freigabe Redaktionsmodul; Konzept Push-Benachrichtigungen.',
        },
        {
          daysAgo: 80,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 58,
          summary: 'Redaktionsmodul produktiv, zwölf Ämter veröffentlichen eigene Meldungen.',
          achievements: 'Redaktionsmodul live; Schulung von 20 Redakteurinnen und Redakteuren.',
          nextSteps: 'Umsetzung Push-Benachrichtigungen; Datenschutzfolgeabschätzung aktualisieren.',
        },
        {
          daysAgo: 20,
          author: 'yilmaz',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 66,
          summary: 'Push-Benachrichtigungen im Test, Freigabe in gut einer Woche.',
          achievements: 'Über 5.000 Downloads, mehr als 3.000 regelmäßige Nutzerinnen und Nutzer.',
          nextSteps: 'Freigabe der Push-Benachrichtigungen; Anbindung Kantinenplan.',
        },
      ],
      kpis: [
        {
          name: 'Downloads (Android und iOS)',
          unit: 'Downloads',
          baseline: 0,
          target: 6000,
          measurements: [
            { daysAgo: 320, value: 900 },
            { daysAgo: 250, value: 2100 },
            { daysAgo: 180, value: 3300 },
            { daysAgo: 110, value: 4200 },
            { daysAgo: 25, value: 5000, note: 'Über 5.000 Mal heruntergeladen' },
          ],
        },
        {
          name: 'Regelmäßige Nutzerinnen und Nutzer (monatlich aktiv)',
          unit: 'Nutzer',
          baseline: 0,
          target: 3500,
          measurements: [
            { daysAgo: 250, value: 1100 },
            { daysAgo: 180, value: 1900 },
            { daysAgo: 110, value: 2500 },
            { daysAgo: 25, value: 3000, note: 'Mehr als 3.000 Beschäftigte nutzen MIA regelmäßig' },
          ],
        },
      ],
      risks: [
        {
          title: 'Abhängigkeit von wenigen Entwicklern',
          description: 'Die Eigenentwicklung wird von zwei Personen getragen.',
          probability: MEDIUM,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Code-Reviews, Betriebsdokumentation, zusätzliche Entwicklerstelle im Stellenplan beantragt.',
          owner: 'lead',
        },
        {
          title: 'Datenschutz auf privaten Endgeräten',
          probability: LOW,
          impact: HIGH,
          status: MITIGATED,
          mitigation: 'Keine personenbezogenen Daten auf dem Gerät; Freigabe durch den Datenschutzbeauftragten.',
          owner: 'wolters',
        },
      ],
    },

    {
      code: 'DIG-004',
      title: 'Homeoffice: Fernzugriff auf das städtische Netz',
      summary:
        'Sicherer Fernzugang (VPN) für Beschäftigte im Homeoffice. In der Corona-Krise wurden innerhalb ' +
        'weniger Tage mehr als 1.200 zusätzliche Zugänge eingerichtet; jetzt folgen Zwei-Faktor-' +
        'Authentifizierung und die Überführung der befristeten Zugänge in den Dauerbetrieb.',
      field: 'mobil',
      department: 'it',
      lead: 'reuter',
      members: [
        { person: 'wolters', role: 'Informationssicherheit' },
        { person: 'admin', role: 'Betrieb Rechenzentrum' },
      ],
      tags: ['Homeoffice', 'VPN', 'Fernzugriff', 'Zwei-Faktor-Authentifizierung', 'Corona'],
      startOffsetDays: -400,
      plannedEndOffsetDays: 90,
      budgetPlanned: '890000.00',
      budgetSpent: '702300.00',
      dependsOn: [],
      milestones: [
        {
          title: 'VPN-Gateways erweitert',
          description: 'Lizenzen und Hardware für mehr als 2.000 gleichzeitige Verbindungen.',
          plannedOffsetDays: -330,
          completedOffsetDays: -333,
          owner: 'reuter',
        },
        {
          title: 'Sofortmaßnahme: zusätzliche Homeoffice-Zugänge eingerichtet',
          plannedOffsetDays: -300,
          completedOffsetDays: -299,
          owner: 'reuter',
        },
        {
          title: 'Zwei-Faktor-Authentifizierung für alle Fernzugänge',
          plannedOffsetDays: -30,
          forecastOffsetDays: 5,
          owner: 'wolters',
        },
        {
          title: 'Befristete Zugänge in den Dauerbetrieb überführt',
          plannedOffsetDays: 45,
          owner: 'reuter',
        },
        {
          title: 'Übergabe in den Regelbetrieb',
          plannedOffsetDays: 90,
          owner: 'reuter',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 298,
          author: 'reuter',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 40,
          summary: 'Sofortmaßnahme umgesetzt: 1.200 zusätzliche Zugänge in wenigen Tagen eingerichtet.',
          achievements:
            'Mehr als 2.000 Beschäftigte können sich aus dem Homeoffice auf das städtische Netz aufschalten.',
          nextSteps: 'Lastverhalten beobachten; Konzept Zwei-Faktor-Authentifizierung.',
        },
        {
          daysAgo: 180,
          author: 'reuter',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 60,
          summary: 'Betrieb stabil; Vergabe der Zwei-Faktor-Lösung läuft.',
          achievements: 'Keine Ausfälle des VPN seit der Erweiterung; Vergabeunterlagen veröffentlicht.',
          nextSteps: 'Zuschlag Zwei-Faktor-Lösung; Pilot mit Amt 103.',
        },
        {
          daysAgo: 75,
          author: 'reuter',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 68,
          summary: 'Zwei-Faktor-Authentifizierung verzögert sich.',
          achievements: 'Pilot mit 150 Beschäftigten des Amts 103 erfolgreich.',
          nextSteps: 'Ausrollen an alle Fernzugänge, sobald die Hardware-Token geliefert sind.',
          blockers: 'Lieferzeit der Hardware-Token für Beschäftigte ohne Diensthandy beträgt zehn Wochen.',
        },
        {
          daysAgo: 18,
          author: 'reuter',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 78,
          summary: 'Token geliefert, Umstellung auf Zwei-Faktor-Authentifizierung in der letzten Woche.',
          achievements: '1.650 von 2.000 Zugängen umgestellt.',
          nextSteps: 'Restliche Zugänge umstellen; Abschaltung der Anmeldung nur mit Passwort.',
        },
      ],
      kpis: [
        {
          name: 'Beschäftigte mit Homeoffice-Zugang',
          unit: 'Nutzer',
          baseline: 800,
          target: 2400,
          measurements: [
            { daysAgo: 345, value: 800, note: 'Vor der Corona-Krise' },
            { daysAgo: 306, value: 1250 },
            { daysAgo: 302, value: 1700 },
            { daysAgo: 299, value: 2000, note: 'Mehr als 2.000 User können sich aus dem Homeoffice aufschalten' },
          ],
        },
        {
          name: 'Zusätzlich eingerichtete Zugänge (Sofortmaßnahme)',
          unit: 'Zugänge',
          baseline: 0,
          target: 1200,
          measurements: [
            { daysAgo: 306, value: 450 },
            { daysAgo: 302, value: 900 },
            { daysAgo: 299, value: 1200, note: 'Mehr als 1.200 Zugänge innerhalb weniger Tage' },
          ],
        },
      ],
      risks: [
        {
          title: 'Kapazitätsgrenze der VPN-Gateways',
          probability: MEDIUM,
          impact: HIGH,
          status: MITIGATED,
          mitigation: 'Gateways erweitert; Lastüberwachung mit Alarm bei 80 % Auslastung.',
          owner: 'reuter',
        },
        {
          title: 'Lieferzeit der Hardware-Token',
          probability: MEDIUM,
          impact: MEDIUM,
          status: CLOSED,
          mitigation: 'App-basierter zweiter Faktor für Beschäftigte mit Diensthandy vorgezogen.',
          owner: 'wolters',
        },
      ],
    },
    {
      code: 'DIG-005',
      title: 'Mobile Endgeräte für Beschäftigte',
      summary:
        'Ausstattung der Beschäftigten mit Notebooks und Tablets samt Mobile-Device-Management, als ' +
        'Voraussetzung für Homeoffice und mobiles Arbeiten im Außendienst. Bis zu 1.500 Nutzerinnen und ' +
        'Nutzer wurden bereits ausgestattet.',
      field: 'mobil',
      department: 'it',
      lead: 'lead',
      members: [
        { person: 'reuter', role: 'Mobile-Device-Management' },
        { person: 'admin', role: 'Inventarisierung und Beschaffung' },
      ],
      tags: ['Mobile Endgeräte', 'Notebooks', 'Tablets', 'MDM', 'Beschaffung'],
      startOffsetDays: -380,
      plannedEndOffsetDays: 60,
      forecastEndOffsetDays: 120,
      budgetPlanned: '1650000.00',
      budgetSpent: '1712400.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Rahmenvertrag Endgeräte abgeschlossen',
          plannedOffsetDays: -350,
          completedOffsetDays: -352,
          owner: 'lead',
        },
        {
          title: 'Mobile-Device-Management produktiv',
          plannedOffsetDays: -320,
          completedOffsetDays: -310,
          owner: 'reuter',
        },
        {
          title: '1.000 Geräte ausgegeben',
          plannedOffsetDays: -280,
          completedOffsetDays: -270,
          owner: 'lead',
        },
        {
          title: 'Austausch der Altgeräte abgeschlossen',
          description: 'Geräte ohne Herstellerunterstützung werden ersetzt und sicher gelöscht.',
          plannedOffsetDays: -15,
          forecastOffsetDays: -5,
          owner: 'admin',
        },
        {
          title: 'Tablets für den Außendienst (Ordnungsamt, Bauaufsicht)',
          plannedOffsetDays: 30,
          forecastOffsetDays: 100,
          owner: 'lead',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 300,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 35,
          summary: 'Ausgabe der Notebooks läuft im Schichtbetrieb.',
          achievements: 'MDM produktiv; 650 Geräte ausgegeben.',
          nextSteps: 'Ausgabe an die Ämter mit den meisten Homeoffice-Anträgen.',
        },
        {
          daysAgo: 200,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 60,
          summary: '1.300 Geräte im Einsatz.',
          achievements: 'Ausgabe der ersten 1.000 Geräte abgeschlossen; Rückgabeprozess für Altgeräte festgelegt.',
          nextSteps: 'Austausch der Altgeräte; Bedarfserhebung Außendienst.',
        },
        {
          daysAgo: 100,
          author: 'lead',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 70,
          summary: 'Gerätepreise gestiegen; Budget wird voraussichtlich überschritten.',
          achievements: 'Bis zu 1.500 Nutzerinnen und Nutzer mit mobilen Endgeräten ausgestattet.',
          nextSteps: 'Mehrbedarf beim Verwaltungsvorstand anmelden; Tablet-Beschaffung neu kalkulieren.',
          blockers: 'Preissteigerung des Rahmenvertragspartners um rund 9 % für Nachbestellungen.',
        },
        {
          daysAgo: 9,
          author: 'lead',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 76,
          summary: 'Budget überschritten, Altgeräte-Austausch noch nicht abgeschlossen.',
          achievements: 'Überplanmäßige Ausgabe beantragt; 90 % der Altgeräte ersetzt.',
          nextSteps: 'Restliche Altgeräte tauschen; Ausschreibung Tablets für den Außendienst.',
          blockers: 'Tablets für den Außendienst erst nach Genehmigung der überplanmäßigen Ausgabe.',
        },
      ],
      kpis: [
        {
          name: 'Ausgegebene mobile Endgeräte',
          unit: 'Geräte',
          baseline: 300,
          target: 1800,
          measurements: [
            { daysAgo: 350, value: 300 },
            { daysAgo: 310, value: 650 },
            { daysAgo: 270, value: 1000 },
            { daysAgo: 200, value: 1300 },
            { daysAgo: 110, value: 1500, note: 'Bis zu 1.500 Nutzer mit mobilen Endgeräten ausgestattet' },
          ],
        },
      ],
      risks: [
        {
          title: 'Preissteigerungen und Lieferengpässe',
          probability: HIGH,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Bedarf bündeln; Abrufe aus dem Rahmenvertrag frühzeitig auslösen.',
          owner: 'lead',
        },
        {
          title: 'Geräte ohne Inventarisierung',
          probability: LOW,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Ausgabe nur über das MDM mit Inventarnummer; jährliche Inventur.',
          owner: 'admin',
        },
      ],
    },
    {
      code: 'DIG-006',
      title: 'Ausbau der Video- und Telefonkonferenz-Infrastruktur',
      summary:
        'Die im Vorjahr errichtete Konferenzinfrastruktur im eigenen Rechenzentrum kam mit rund 160 ' +
        'Videokonferenzen täglich und noch mehr Telefonkonferenzen an ihre Grenze. Das Projekt erweitert ' +
        'Medienserver und Anbindung und stattet Besprechungsräume mit Konferenztechnik aus.',
      field: 'mobil',
      department: 'it',
      lead: 'yilmaz',
      members: [
        { person: 'reuter', role: 'Netz und Internetanbindung' },
        { person: 'wolters', role: 'Informationssicherheit' },
      ],
      tags: ['Videokonferenz', 'Telefonkonferenz', 'Kapazität', 'Rechenzentrum'],
      startOffsetDays: -450,
      plannedEndOffsetDays: 30,
      forecastEndOffsetDays: 150,
      budgetPlanned: '560000.00',
      budgetSpent: '498700.00',
      dependsOn: ['DIG-004'],
      milestones: [
        {
          title: 'Videokonferenzsystem im eigenen Rechenzentrum in Betrieb',
          plannedOffsetDays: -380,
          completedOffsetDays: -384,
          owner: 'yilmaz',
        },
        {
          title: 'Telefonkonferenz-Dienst über die TK-Anlage freigeschaltet',
          plannedOffsetDays: -320,
          completedOffsetDays: -321,
          owner: 'yilmaz',
        },
        {
          title: 'Zweiter Medienserver in Betrieb',
          plannedOffsetDays: -50,
          forecastOffsetDays: 40,
          owner: 'yilmaz',
        },
        {
          title: 'Internetanbindung des Rechenzentrums auf 10 Gbit/s erhöht',
          plannedOffsetDays: -35,
          owner: 'reuter',
        },
        {
          title: 'Konferenztechnik in den ersten zehn Besprechungsräumen',
          plannedOffsetDays: 11,
          owner: 'yilmaz',
        },
        {
          title: 'Projektabschluss',
          plannedOffsetDays: 30,
          forecastOffsetDays: 150,
          owner: 'yilmaz',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 330,
          author: 'yilmaz',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 40,
          summary: 'Video- und Telefonkonferenzen stehen allen Beschäftigten zur Verfügung.',
          achievements: 'Videokonferenzsystem und Telefonkonferenz-Dienst in Betrieb.',
          nextSteps: 'Nutzung beobachten; Anleitungen im Intranet und in MIA.',
        },
        {
          daysAgo: 280,
          author: 'yilmaz',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 55,
          summary: 'Live-Test bestanden, aber die Systeme sind an der Grenze.',
          achievements: 'Rund 160 Videokonferenzen täglich, dazu noch mehr Telefonkonferenzen.',
          nextSteps: 'Beschaffung eines zweiten Medienservers; Ausbau der Internetanbindung.',
          blockers: 'Mehr gleichzeitige Videokonferenzen sind mit der vorhandenen Technik nicht möglich.',
        },
        {
          daysAgo: 150,
          author: 'yilmaz',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 62,
          summary: 'Medienserver bestellt; Kapazität bleibt knapp.',
          achievements: 'Zuschlag für den Medienserver; Regeln für Konferenzen mit Video nur bei Bedarf.',
          nextSteps: 'Lieferung und Installation; Auftrag an den Netzbetreiber für 10 Gbit/s.',
          blockers: 'Zu Spitzenzeiten weichen Ämter auf ungeprüfte externe Dienste aus (siehe DIG-007).',
        },
        {
          daysAgo: 60,
          author: 'yilmaz',
          health: OFF_TRACK,
          phase: IN_PROGRESS,
          progress: 66,
          summary: 'Medienserver und Leitungsausbau verzögern sich deutlich.',
          achievements: 'Konferenztechnik für zehn Besprechungsräume geliefert.',
          nextSteps: 'Eskalation beim Lieferanten; Übergangslösung mit gemietetem Server prüfen.',
          blockers: 'Liefertermin des Medienservers um drei Monate verschoben; Netzbetreiber ohne Schalttermin.',
        },
        {
          daysAgo: 5,
          author: 'yilmaz',
          health: OFF_TRACK,
          phase: IN_PROGRESS,
          progress: 68,
          summary: 'Weiterhin an der Kapazitätsgrenze; Projektende verschiebt sich um etwa vier Monate.',
          achievements: 'Montage der Raumtechnik läuft; Mietserver als Übergang angeboten.',
          nextSteps: 'Entscheidung über den Mietserver im Lenkungskreis; Abnahme der ersten Räume.',
          blockers: 'Zweiter Medienserver frühestens in sechs Wochen; 10-Gbit/s-Anbindung ohne Termin.',
        },
      ],
      kpis: [
        {
          name: 'Videokonferenzen pro Tag',
          unit: 'Konferenzen/Tag',
          baseline: 10,
          target: 250,
          measurements: [
            { daysAgo: 400, value: 10 },
            { daysAgo: 340, value: 45 },
            { daysAgo: 310, value: 120 },
            { daysAgo: 285, value: 160, note: 'Rund 160 täglich; mehr lässt die Technik nicht zu' },
            { daysAgo: 30, value: 160, note: 'Weiterhin an der Kapazitätsgrenze' },
          ],
        },
        {
          name: 'Gleichzeitig Teilnehmende in der Spitze',
          unit: 'Teilnehmende',
          baseline: 80,
          target: 1500,
          measurements: [
            { daysAgo: 400, value: 80 },
            { daysAgo: 310, value: 620 },
            { daysAgo: 285, value: 900 },
            { daysAgo: 30, value: 910 },
          ],
        },
      ],
      risks: [
        {
          title: 'Kapazitätsgrenze der Konferenzinfrastruktur',
          probability: HIGH,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Zweiter Medienserver; bis dahin Video nur bei Bedarf und feste Zeitfenster für Großrunden.',
          owner: 'yilmaz',
        },
        {
          title: 'Ausweichen auf ungeprüfte externe Dienste',
          probability: MEDIUM,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Positivliste aus DIG-007; Hinweise im Intranet und in MIA.',
          owner: 'wolters',
        },
      ],
    },
    {
      code: 'DIG-007',
      title: 'Sicherheits- und Datenschutzprüfung externer Videokonferenzdienste',
      summary:
        'Während der Corona-Krise hinzugenommene externe Konferenz- und Kollaborationsdienste entsprechen ' +
        'nicht alle den Sicherheitsansprüchen der Stadt oder dem Datenschutz. Das Projekt prüft jeden ' +
        'eingesetzten Dienst, veröffentlicht eine Positivliste und löst unzulässige Dienste ab.',
      field: 'mobil',
      department: 'it',
      lead: 'wolters',
      members: [
        { person: 'yilmaz', role: 'Fachliche Bewertung Konferenzsysteme' },
        { person: 'portfolio', role: 'Abstimmung mit den Ämtern' },
      ],
      tags: ['Informationssicherheit', 'Datenschutz', 'DSGVO', 'Videokonferenz', 'Cloud-Dienste'],
      startOffsetDays: -260,
      plannedEndOffsetDays: 45,
      forecastEndOffsetDays: 75,
      budgetPlanned: '85000.00',
      budgetSpent: '61200.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Bestandsaufnahme der eingesetzten externen Dienste',
          plannedOffsetDays: -220,
          completedOffsetDays: -225,
          owner: 'wolters',
        },
        {
          title: 'Prüfkatalog nach IT-Grundschutz und DSGVO verabschiedet',
          plannedOffsetDays: -170,
          completedOffsetDays: -160,
          owner: 'wolters',
        },
        {
          title: 'Bewertung aller Dienste abgeschlossen',
          plannedOffsetDays: -25,
          forecastOffsetDays: 10,
          owner: 'wolters',
        },
        {
          title: 'Positivliste zugelassener Dienste veröffentlicht',
          plannedOffsetDays: 45,
          forecastOffsetDays: 75,
          owner: 'wolters',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 200,
          author: 'wolters',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 20,
          summary: 'Bestandsaufnahme abgeschlossen: 14 externe Dienste im Einsatz.',
          achievements: 'Abfrage in allen Ämtern ausgewertet.',
          nextSteps: 'Prüfkatalog mit dem Datenschutzbeauftragten abstimmen.',
        },
        {
          daysAgo: 120,
          author: 'wolters',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 45,
          summary: 'Prüfkatalog steht, sechs Dienste bewertet.',
          achievements: 'Prüfkatalog verabschiedet; zwei Dienste als unzulässig eingestuft und abgeschaltet.',
          nextSteps: 'Bewertung der übrigen acht Dienste.',
        },
        {
          daysAgo: 40,
          author: 'wolters',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 60,
          summary: 'Bewertung verzögert sich; Anbieter liefern Unterlagen nicht.',
          achievements: 'Neun von 14 Diensten bewertet.',
          nextSteps: 'Fristsetzung an die Anbieter; Eskalation an die Fachämter.',
          blockers:
            'Drei Anbieter haben die Auftragsverarbeitungsverträge und Angaben zu Drittländern nicht geliefert.',
        },
        {
          daysAgo: 16,
          author: 'wolters',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 64,
          summary: 'Elf von 14 Diensten bewertet; Positivliste rund einen Monat später.',
          achievements: 'Zwei weitere Dienste zugelassen, einer unter Auflagen.',
          nextSteps: 'Letzte drei Bewertungen; Entwurf der Positivliste an den Verwaltungsvorstand.',
          blockers: 'Ein Anbieter verweigert Angaben zur Datenübermittlung in Drittländer.',
        },
      ],
      kpis: [
        {
          name: 'Geprüfte externe Dienste',
          unit: 'Dienste',
          baseline: 0,
          target: 14,
          measurements: [
            { daysAgo: 160, value: 2 },
            { daysAgo: 120, value: 6 },
            { daysAgo: 40, value: 9 },
            { daysAgo: 16, value: 11 },
          ],
        },
      ],
      risks: [
        {
          title: 'Schatten-IT: Ämter nutzen ungeprüfte Dienste weiter',
          probability: HIGH,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Sperre unzulässiger Dienste am Proxy nach Veröffentlichung der Positivliste.',
          owner: 'wolters',
        },
        {
          title: 'Datenübermittlung in Drittländer',
          probability: MEDIUM,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Nur Dienste mit Verarbeitung in der EU und geprüftem Auftragsverarbeitungsvertrag.',
          owner: 'wolters',
        },
      ],
    },

    {
      code: 'DIG-008',
      title: 'Digitalisierung und Automatisierung von Bürgerservices',
      summary:
        'Die meistgenutzten Verwaltungsleistungen werden Ende-zu-Ende digital: Online-Antrag, automatisierte ' +
        'Prüfung und Bescheiderstellung, Ablage in der E-Akte. Setzt die E-Akte (DIG-002) und die Cloud-' +
        'Plattform (DIG-010) voraus.',
      field: 'buerger',
      department: 'buerger',
      lead: 'bergmann',
      members: [
        { person: 'lead', role: 'Anbindung E-Akte' },
        { person: 'hartung', role: 'Plattform und Betrieb' },
        { person: 'schwarz', role: 'Bürgerkommunikation' },
      ],
      tags: ['OZG', 'Online-Dienste', 'Prozessautomatisierung', 'Bürgerbüro'],
      startOffsetDays: -300,
      plannedEndOffsetDays: 365,
      forecastEndOffsetDays: 400,
      budgetPlanned: '1200000.00',
      budgetSpent: '418900.00',
      dependsOn: ['DIG-002', 'DIG-010'],
      milestones: [
        {
          title: 'Priorisierung der 20 meistgenutzten Verwaltungsleistungen',
          plannedOffsetDays: -250,
          completedOffsetDays: -248,
          owner: 'bergmann',
        },
        {
          title: 'Anwohnerparkausweis online mit automatischer Bescheiderstellung',
          plannedOffsetDays: -120,
          completedOffsetDays: -105,
          owner: 'bergmann',
        },
        {
          title: 'Meldebescheinigung online mit sofortigem Download',
          plannedOffsetDays: -30,
          owner: 'bergmann',
        },
        {
          title: 'Online-Terminvergabe Bürgerbüro mit Erinnerung und Unterlagenliste',
          plannedOffsetDays: 6,
          owner: 'bergmann',
        },
        {
          title: 'Ende-zu-Ende-Anbindung der Online-Anträge an die E-Akte',
          plannedOffsetDays: 120,
          forecastOffsetDays: 200,
          owner: 'lead',
        },
        {
          title: 'Zehn Leistungen vollständig digital',
          plannedOffsetDays: 365,
          forecastOffsetDays: 400,
          owner: 'bergmann',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 230,
          author: 'bergmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 10,
          summary: 'Priorisierung abgeschlossen; Umsetzung beginnt mit dem Anwohnerparken.',
          achievements: 'Fallzahlen der 20 häufigsten Leistungen ausgewertet.',
          nextSteps: 'Prozessmodellierung Anwohnerparkausweis.',
        },
        {
          daysAgo: 150,
          author: 'bergmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 22,
          summary: 'Anwohnerparkausweis im Test.',
          achievements: 'Online-Formular und Prüfregeln umgesetzt; Testfälle mit dem Fachamt.',
          nextSteps: 'Produktivsetzung; Beginn Meldebescheinigung.',
        },
        {
          daysAgo: 90,
          author: 'bergmann',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 30,
          summary: 'Anwohnerparkausweis produktiv; Meldebescheinigung hängt am Fachverfahren.',
          achievements: 'Erste Leistung vollständig digital; 18 % der Anträge kommen online.',
          nextSteps: 'Schnittstelle zum Melderegister mit dem Hersteller klären.',
          blockers:
            'Der Hersteller des Meldeverfahrens liefert die benötigte Schnittstelle erst mit dem nächsten Release.',
        },
        {
          daysAgo: 14,
          author: 'bergmann',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 35,
          summary: 'Meldebescheinigung überfällig; Terminvergabe kurz vor dem Start.',
          achievements: 'Online-Terminvergabe abgenommen; 38 % der Anwohnerparkausweise online beantragt.',
          nextSteps: 'Start Terminvergabe; Release-Termin des Meldeverfahrens verbindlich vereinbaren.',
          blockers: 'Ende-zu-Ende-Bearbeitung erst möglich, wenn das Bürgerbüro in Welle 2 der E-Akte umgestellt ist.',
        },
      ],
      kpis: [
        {
          name: 'Vollständig digital angebotene Leistungen',
          unit: 'Leistungen',
          baseline: 0,
          target: 10,
          measurements: [
            { daysAgo: 200, value: 0 },
            { daysAgo: 105, value: 1 },
            { daysAgo: 14, value: 2 },
          ],
        },
        {
          name: 'Anteil online beantragter Anwohnerparkausweise',
          unit: '%',
          baseline: 0,
          target: 60,
          measurements: [
            { daysAgo: 90, value: 18 },
            { daysAgo: 45, value: 31 },
            { daysAgo: 14, value: 38 },
          ],
        },
      ],
      risks: [
        {
          title: 'Verzögerung der E-Akte verhindert Ende-zu-Ende-Bearbeitung',
          probability: HIGH,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Bürgerbüro in Welle 2 der E-Akte priorisieren; bis dahin Übergabe als PDF.',
          owner: 'lead',
        },
        {
          title: 'Schnittstellen der Fachverfahrenshersteller',
          probability: MEDIUM,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Gemeinsame Anforderung mit anderen Modellkommunen an die Hersteller.',
          owner: 'bergmann',
        },
      ],
    },
    {
      code: 'DIG-009',
      title: 'Chatbot für Bürgeranfragen',
      summary:
        'Ein Chatbot auf wuppertal.de beantwortet häufige Fragen zu Meldewesen, Kfz-Zulassung und Abfall ' +
        'rund um die Uhr und leitet an Online-Dienste oder das Bürgertelefon weiter. Pilot mit anschließender ' +
        'Entscheidung über den Regelbetrieb.',
      field: 'buerger',
      department: 'it',
      lead: 'lead',
      members: [
        { person: 'bergmann', role: 'Fachliche Inhalte Bürgerbüro' },
        { person: 'schwarz', role: 'Redaktion und Tonalität' },
      ],
      tags: ['Chatbot', 'KI', 'Bürgerservice', 'Pilot'],
      startOffsetDays: -150,
      plannedEndOffsetDays: 180,
      budgetPlanned: '150000.00',
      budgetSpent: '52300.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Themenauswahl: Meldewesen, Kfz-Zulassung, Abfall',
          plannedOffsetDays: -120,
          completedOffsetDays: -121,
          owner: 'lead',
        },
        {
          title: 'Wissensbasis mit 200 Fragen und Antworten',
          plannedOffsetDays: -40,
          completedOffsetDays: -33,
          owner: 'bergmann',
        },
        {
          title: 'Interner Testbetrieb',
          plannedOffsetDays: 4,
          owner: 'lead',
        },
        {
          title: 'Pilot auf wuppertal.de',
          plannedOffsetDays: 45,
          owner: 'lead',
        },
        {
          title: 'Evaluation und Entscheidung über den Regelbetrieb',
          plannedOffsetDays: 180,
          owner: 'lead',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 120,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 10,
          summary: 'Themen festgelegt, Aufbau der Wissensbasis beginnt.',
          achievements: 'Auswertung von 12 Monaten Anfragen am Bürgertelefon.',
          nextSteps: 'Fragen und Antworten mit den Fachämtern erarbeiten.',
        },
        {
          daysAgo: 60,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 30,
          summary: 'Wissensbasis wächst, erste Tests intern.',
          achievements: '130 Frage-Antwort-Paare freigegeben.',
          nextSteps: 'Wissensbasis vervollständigen; Testgruppe aus dem Bürgerbüro.',
        },
        {
          daysAgo: 11,
          author: 'lead',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 45,
          summary: 'Interner Testbetrieb startet in wenigen Tagen.',
          achievements: 'Wissensbasis mit 235 Einträgen; 74 % der Testfragen korrekt beantwortet.',
          nextSteps: 'Testbetrieb mit 40 Beschäftigten; Nachschärfen der schwachen Themen.',
        },
      ],
      kpis: [
        {
          name: 'Frage-Antwort-Paare in der Wissensbasis',
          unit: 'Einträge',
          baseline: 0,
          target: 300,
          measurements: [
            { daysAgo: 100, value: 40 },
            { daysAgo: 60, value: 130 },
            { daysAgo: 33, value: 200 },
            { daysAgo: 11, value: 235 },
          ],
        },
        {
          name: 'Korrekt beantwortete Testfragen',
          unit: '%',
          baseline: 0,
          target: 85,
          measurements: [
            { daysAgo: 33, value: 62 },
            { daysAgo: 11, value: 74 },
          ],
        },
      ],
      risks: [
        {
          title: 'Falsche oder veraltete Auskünfte',
          probability: MEDIUM,
          impact: HIGH,
          status: OPEN,
          mitigation:
            'Redaktionsprozess mit den Fachämtern; Hinweis auf Unverbindlichkeit; Übergabe an das Bürgertelefon.',
          owner: 'bergmann',
        },
      ],
    },

    {
      code: 'DIG-010',
      title: 'Cloud Computing: Private-Cloud-Plattform im städtischen Rechenzentrum',
      summary:
        'Aufbau einer Container- und Virtualisierungsplattform im eigenen Rechenzentrum, auf der neue ' +
        'Fachanwendungen und Online-Dienste betrieben werden. Dazu Bewertung einer souveränen Cloud im ' +
        'Verbund mit kommunalen Rechenzentren.',
      field: 'innovation',
      department: 'it',
      lead: 'hartung',
      members: [
        { person: 'admin', role: 'Betrieb Rechenzentrum' },
        { person: 'wolters', role: 'Informationssicherheitskonzept' },
      ],
      tags: ['Cloud', 'Rechenzentrum', 'Container', 'Digitale Souveränität'],
      startOffsetDays: -330,
      plannedEndOffsetDays: 200,
      forecastEndOffsetDays: 260,
      budgetPlanned: '1400000.00',
      budgetSpent: '655000.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Cloud-Strategie vom Verwaltungsvorstand beschlossen',
          plannedOffsetDays: -280,
          completedOffsetDays: -275,
          owner: 'hartung',
        },
        {
          title: 'Container-Plattform als Testumgebung',
          plannedOffsetDays: -150,
          completedOffsetDays: -140,
          owner: 'hartung',
        },
        {
          title: 'Betriebs- und Informationssicherheitskonzept freigegeben',
          plannedOffsetDays: -20,
          owner: 'wolters',
        },
        {
          title: 'Erste Fachanwendung produktiv auf der Plattform',
          plannedOffsetDays: 60,
          forecastOffsetDays: 120,
          owner: 'hartung',
        },
        {
          title: 'Bewertung souveräne Cloud im Rechenzentrumsverbund',
          plannedOffsetDays: 200,
          forecastOffsetDays: 260,
          owner: 'hartung',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 260,
          author: 'hartung',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 10,
          summary: 'Cloud-Strategie beschlossen, Plattformaufbau beginnt.',
          achievements: 'Beschluss des Verwaltungsvorstands; Hardware aus dem Bestand umgewidmet.',
          nextSteps: 'Aufbau der Testumgebung.',
        },
        {
          daysAgo: 140,
          author: 'hartung',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 35,
          summary: 'Testumgebung steht, zwei Anwendungen laufen zur Probe.',
          achievements: 'Container-Plattform mit Monitoring und Datensicherung.',
          nextSteps: 'Betriebs- und Sicherheitskonzept; Auswahl der ersten Fachanwendung.',
        },
        {
          daysAgo: 38,
          author: 'hartung',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 42,
          summary: 'Konzepte verzögert; erste Produktivanwendung verschiebt sich.',
          achievements: 'Fünf Anwendungen auf der Plattform, davon zwei Online-Dienste aus DIG-008 im Test.',
          nextSteps: 'Sicherheitskonzept fertigstellen; externe Unterstützung für den Betrieb ausschreiben.',
          blockers: 'Zwei Stellen für den Plattformbetrieb sind seit Monaten unbesetzt.',
        },
      ],
      kpis: [
        {
          name: 'Anwendungen auf der Plattform',
          unit: 'Anwendungen',
          baseline: 0,
          target: 25,
          measurements: [
            { daysAgo: 140, value: 2 },
            { daysAgo: 80, value: 4 },
            { daysAgo: 38, value: 5 },
          ],
        },
      ],
      risks: [
        {
          title: 'Fachkräftemangel im Plattformbetrieb',
          probability: HIGH,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Externe Betriebsunterstützung; eigener Nachwuchs über die neuen Ausbildungsgänge (DIG-013).',
          owner: 'hartung',
        },
        {
          title: 'Abhängigkeit von einem Plattformanbieter',
          probability: MEDIUM,
          impact: MEDIUM,
          status: MITIGATED,
          mitigation: 'Nur offene Standards (Kubernetes, OCI-Container); kein proprietäres Managementwerkzeug.',
          owner: 'hartung',
        },
      ],
    },
    {
      code: 'DIG-011',
      title: 'IoT: Sensornetz für städtische Infrastruktur',
      summary:
        'Aufbau eines stadtweiten LoRaWAN-Funknetzes und Pilotierung von Sensoren: Füllstände von ' +
        'Altglascontainern und Raumklima in Schulen. Die Messwerte laufen auf der Cloud-Plattform (DIG-010) ' +
        'zusammen und werden als offene Daten veröffentlicht.',
      field: 'innovation',
      department: 'it',
      lead: 'reuter',
      members: [
        { person: 'hartung', role: 'Datenplattform' },
        { person: 'hoffmann', role: 'Abstimmung mit Fachämtern' },
      ],
      tags: ['IoT', 'LoRaWAN', 'Sensorik', 'Smart City', 'Open Data'],
      startOffsetDays: -200,
      plannedEndOffsetDays: 300,
      budgetPlanned: '260000.00',
      budgetSpent: '97400.00',
      dependsOn: ['DIG-010'],
      milestones: [
        {
          title: 'LoRaWAN-Gateways auf fünf städtischen Gebäuden',
          plannedOffsetDays: -140,
          completedOffsetDays: -146,
          owner: 'reuter',
        },
        {
          title: 'Pilot Füllstandsensoren an Altglascontainern',
          plannedOffsetDays: -60,
          completedOffsetDays: -52,
          owner: 'reuter',
        },
        {
          title: 'Pilot Raumklimasensoren in zehn Schulen',
          plannedOffsetDays: 10,
          owner: 'reuter',
        },
        {
          title: 'Sensorwerte im Open-Data-Portal',
          plannedOffsetDays: 90,
          owner: 'hartung',
        },
        {
          title: 'Evaluation und Ausbauentscheidung',
          plannedOffsetDays: 300,
          owner: 'reuter',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 170,
          author: 'reuter',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 15,
          summary: 'Standorte für die Gateways festgelegt.',
          achievements: 'Funkplanung abgeschlossen; Dachflächen mit dem Gebäudemanagement abgestimmt.',
          nextSteps: 'Montage der Gateways.',
        },
        {
          daysAgo: 90,
          author: 'reuter',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 35,
          summary: 'Funknetz in Betrieb, erste Sensoren installiert.',
          achievements: 'Fünf Gateways; 40 Füllstandsensoren an Altglascontainern.',
          nextSteps: 'Auswertung mit dem Abfallwirtschaftsbetrieb; Bestellung Raumklimasensoren.',
        },
        {
          daysAgo: 7,
          author: 'reuter',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 52,
          summary: 'Raumklimasensoren werden in den Schulen montiert.',
          achievements: '185 Sensoren aktiv; Leerungsfahrten für Altglas in zwei Bezirken bedarfsgesteuert.',
          nextSteps: 'Abschluss Pilot Schulen; Schnittstelle zum Open-Data-Portal.',
        },
      ],
      kpis: [
        {
          name: 'Installierte Sensoren',
          unit: 'Sensoren',
          baseline: 0,
          target: 400,
          measurements: [
            { daysAgo: 146, value: 0 },
            { daysAgo: 90, value: 40 },
            { daysAgo: 52, value: 120 },
            { daysAgo: 7, value: 185 },
          ],
        },
        {
          name: 'Funkabdeckung des Stadtgebiets',
          unit: '%',
          baseline: 0,
          target: 80,
          measurements: [
            { daysAgo: 146, value: 25 },
            { daysAgo: 60, value: 42 },
            { daysAgo: 7, value: 55 },
          ],
        },
      ],
      risks: [
        {
          title: 'Batterielaufzeit der Sensoren kürzer als angegeben',
          probability: LOW,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Sendeintervalle anpassen; Batterietausch in die Wartungsverträge aufnehmen.',
          owner: 'reuter',
        },
      ],
    },
    {
      code: 'DIG-012',
      title: 'Blockchain: Anwendungsfälle in der Kommunalverwaltung prüfen',
      summary:
        'Prüfung, ob Blockchain-Verfahren für kommunale Aufgaben einen Nutzen haben, etwa bei fälschungssicheren ' +
        'Nachweisen. Zunächst Marktsichtung und Austausch mit anderen Modellkommunen, dann gegebenenfalls eine ' +
        'Machbarkeitsstudie.',
      field: 'innovation',
      department: 'digi',
      lead: 'hartung',
      members: [{ person: 'portfolio', role: 'Abstimmung Digitalisierungsbüro' }],
      tags: ['Blockchain', 'Machbarkeit', 'Zukunftstechnologie'],
      startOffsetDays: -45,
      plannedEndOffsetDays: 270,
      budgetPlanned: '40000.00',
      budgetSpent: '0.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Ideenskizze im Lenkungskreis Digitalisierung vorgestellt',
          plannedOffsetDays: -20,
          completedOffsetDays: -18,
          owner: 'hartung',
        },
        {
          title: 'Marktsichtung und Austausch mit anderen Modellkommunen',
          plannedOffsetDays: 60,
          owner: 'hartung',
        },
        {
          title: 'Machbarkeitsstudie zu zwei Anwendungsfällen',
          plannedOffsetDays: 240,
          owner: 'hartung',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 40,
          author: 'portfolio',
          health: ON_TRACK,
          phase: IDEA,
          progress: 0,
          summary: 'Idee in das Portfolio aufgenommen.',
          nextSteps: 'Ideenskizze für den Lenkungskreis.',
        },
        {
          daysAgo: 18,
          author: 'hartung',
          health: ON_TRACK,
          phase: IDEA,
          progress: 5,
          summary: 'Ideenskizze vorgestellt; Lenkungskreis empfiehlt zunächst eine Marktsichtung.',
          achievements: 'Erster Anwendungsfall beschrieben: fälschungssichere Nachweise für Bescheinigungen.',
          nextSteps: 'Gespräche mit zwei Modellkommunen, die Blockchain-Piloten betreiben.',
        },
      ],
      kpis: [
        {
          name: 'Bewertete Anwendungsfälle',
          unit: 'Anwendungsfälle',
          baseline: 0,
          target: 5,
          measurements: [
            { daysAgo: 40, value: 0 },
            { daysAgo: 18, value: 1 },
          ],
        },
      ],
      risks: [],
    },
    {
      code: 'DIG-013',
      title: 'Neue IT-Ausbildungsgänge',
      summary:
        'Die Stadt bietet erstmals das duale Bachelorstudium Verwaltungsinformatik und die Ausbildung zur ' +
        'IT-Elektronikerin / zum IT-Elektroniker an; ein Jahr später kommt der Ausbildungsberuf ' +
        'Fachinformatiker/in für Daten- und Prozessanalyse hinzu. Mehr Ausbildungsplätze in der IT und neue ' +
        'Lernmethoden.',
      field: 'quali',
      department: 'orga',
      lead: 'lindner',
      members: [
        { person: 'hartung', role: 'Ausbilder Fachinformatik' },
        { person: 'reuter', role: 'Ausbilder IT-Elektronik' },
      ],
      tags: ['Ausbildung', 'Duales Studium', 'Verwaltungsinformatik', 'Nachwuchsgewinnung'],
      startOffsetDays: -450,
      plannedEndOffsetDays: 120,
      budgetPlanned: '380000.00',
      budgetSpent: '251000.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Kooperationsvertrag mit der Hochschule für das duale Studium',
          plannedOffsetDays: -420,
          completedOffsetDays: -422,
          owner: 'lindner',
        },
        {
          title: 'Studienstart Verwaltungsinformatik und Ausbildungsstart IT-Elektronik',
          plannedOffsetDays: -390,
          completedOffsetDays: -390,
          owner: 'lindner',
        },
        {
          title: 'Ausbildereignung für zwei weitere IT-Fachkräfte',
          plannedOffsetDays: -200,
          completedOffsetDays: -185,
          owner: 'lindner',
        },
        {
          title: 'Ausbildungsstart Fachinformatik Daten- und Prozessanalyse',
          plannedOffsetDays: -25,
          completedOffsetDays: -25,
          owner: 'lindner',
        },
        {
          title: 'Ausbildungsbausteine Cloud und Datenanalyse mit der Berufsschule',
          plannedOffsetDays: 50,
          owner: 'hartung',
        },
        {
          title: 'Auswertung des ersten Ausbildungsjahrgangs',
          plannedOffsetDays: 120,
          owner: 'lindner',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 380,
          author: 'lindner',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 25,
          summary: 'Erste Jahrgänge Verwaltungsinformatik und IT-Elektronik gestartet.',
          achievements: 'Sieben neue Nachwuchskräfte eingestellt.',
          nextSteps: 'Ausbildungsplan Fachinformatik Daten- und Prozessanalyse; Ausbildereignung.',
        },
        {
          daysAgo: 200,
          author: 'lindner',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 50,
          summary: 'Auswahlverfahren für den neuen Ausbildungsberuf läuft.',
          achievements: 'Stellenausschreibung veröffentlicht; 46 Bewerbungen.',
          nextSteps: 'Auswahlgespräche; Abschluss der Ausbildereignung.',
        },
        {
          daysAgo: 60,
          author: 'lindner',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 65,
          summary: 'Alle Plätze für den Ausbildungsstart besetzt.',
          achievements: 'Acht Zusagen für Fachinformatik Daten- und Prozessanalyse.',
          nextSteps: 'Einführungswoche vorbereiten.',
        },
        {
          daysAgo: 20,
          author: 'lindner',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 75,
          summary: 'Drei neue IT-Ausbildungsgänge im Angebot.',
          achievements: 'Erster Jahrgang Fachinformatik Daten- und Prozessanalyse gestartet.',
          nextSteps: 'Ausbildungsbausteine Cloud und Datenanalyse mit der Berufsschule abstimmen.',
        },
      ],
      kpis: [
        {
          name: 'Neu eingeführte IT-Ausbildungsgänge',
          unit: 'Ausbildungsgänge',
          baseline: 0,
          target: 3,
          measurements: [
            { daysAgo: 420, value: 0 },
            {
              daysAgo: 390,
              value: 2,
              note: 'Erstmals duales Studium Verwaltungsinformatik und Ausbildung IT-Elektronik',
            },
            { daysAgo: 25, value: 3, note: 'Fachinformatik für Daten- und Prozessanalyse hinzugekommen' },
          ],
        },
        {
          name: 'Auszubildende und dual Studierende in der IT',
          unit: 'Auszubildende',
          baseline: 14,
          target: 32,
          measurements: [
            { daysAgo: 420, value: 14 },
            { daysAgo: 390, value: 21 },
            { daysAgo: 200, value: 21 },
            { daysAgo: 25, value: 29 },
          ],
        },
      ],
      risks: [
        {
          title: 'Zu wenige geeignete Bewerbungen',
          probability: MEDIUM,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Ausbildungsmessen, Schulkooperationen und Praktika; Arbeitgeberauftritt (DIG-014).',
          owner: 'lindner',
        },
      ],
    },
    {
      code: 'DIG-014',
      title: 'Das IT-Amt als Arbeitgeber positionieren',
      summary:
        'Viele potenzielle Bewerberinnen und Bewerber wissen nicht, wie vielfältig die Informationstechnik ' +
        'einer Kommune ist. Eigene Karriereseite, Präsenz an Hochschulen und Erfahrungsberichte aus den ' +
        'Projekten sollen mehr und passendere Bewerbungen bringen.',
      field: 'quali',
      department: 'it',
      lead: 'schwarz',
      members: [
        { person: 'lindner', role: 'Personalgewinnung' },
        { person: 'hartung', role: 'Fachliche Stimme des IT-Amts' },
      ],
      tags: ['Arbeitgebermarke', 'Personalgewinnung', 'IT-Fachkräfte'],
      startOffsetDays: -30,
      plannedEndOffsetDays: 300,
      budgetPlanned: '120000.00',
      budgetSpent: '8400.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Projektauftrag durch den Verwaltungsvorstand',
          plannedOffsetDays: -25,
          completedOffsetDays: -22,
          owner: 'schwarz',
        },
        {
          title: 'Zielgruppenbefragung mit Nachwuchskräften',
          plannedOffsetDays: 12,
          owner: 'lindner',
        },
        {
          title: 'Karriereseite IT auf wuppertal.de',
          plannedOffsetDays: 90,
          owner: 'schwarz',
        },
        {
          title: 'Auftritt auf zwei Hochschul-Karrieremessen',
          plannedOffsetDays: 160,
          owner: 'lindner',
        },
        {
          title: 'Auswertung der Bewerbungszahlen',
          plannedOffsetDays: 300,
          owner: 'schwarz',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 28,
          author: 'schwarz',
          health: ON_TRACK,
          phase: PLANNED,
          progress: 5,
          summary: 'Projektauftrag in Vorbereitung.',
          nextSteps: 'Beschluss im Verwaltungsvorstand.',
        },
        {
          daysAgo: 6,
          author: 'schwarz',
          health: ON_TRACK,
          phase: PLANNED,
          progress: 10,
          summary: 'Projektauftrag erteilt; Befragung der Nachwuchskräfte startet.',
          achievements: 'Fragebogen mit dem Personalrat abgestimmt.',
          nextSteps: 'Befragung auswerten; Agentur für die Karriereseite beauftragen.',
        },
      ],
      kpis: [
        {
          name: 'Bewerbungen je IT-Stellenausschreibung',
          unit: 'Bewerbungen',
          baseline: 3.9,
          target: 10,
          measurements: [
            { daysAgo: 365, value: 3.6 },
            { daysAgo: 180, value: 4.2 },
            { daysAgo: 30, value: 3.9 },
          ],
        },
        {
          name: 'Unbesetzte IT-Stellen',
          unit: 'Stellen',
          baseline: 23,
          target: 8,
          measurements: [
            { daysAgo: 365, value: 18 },
            { daysAgo: 180, value: 21 },
            { daysAgo: 30, value: 23 },
          ],
        },
      ],
      risks: [
        {
          title: 'Vergütung im Wettbewerb mit der Privatwirtschaft',
          probability: HIGH,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Fachkräftezulage prüfen; mobiles Arbeiten und Weiterbildung als Vorteile herausstellen.',
          owner: 'lindner',
        },
      ],
    },
    {
      code: 'DIG-015',
      title: 'Changemanagement: Design-Thinking-Workshops und Zukunftswerkstätten',
      summary:
        'Formate, die Beschäftigte an Veränderungsprozessen beteiligen: Design-Thinking-Workshops zu ' +
        'konkreten Abläufen und Zukunftswerkstätten zur Arbeit nach der Corona-Krise. Ziel sind ' +
        'Mitarbeiterzufriedenheit und -gewinnung.',
      field: 'quali',
      department: 'digi',
      lead: 'hoffmann',
      members: [
        { person: 'lindner', role: 'Personalentwicklung' },
        { person: 'portfolio', role: 'Verbindung zum Projektportfolio' },
      ],
      tags: ['Changemanagement', 'Design Thinking', 'Zukunftswerkstatt', 'Beteiligung'],
      startOffsetDays: -240,
      plannedEndOffsetDays: 180,
      budgetPlanned: '95000.00',
      budgetSpent: '38700.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Konzept der Beteiligungsformate mit dem Personalrat abgestimmt',
          plannedOffsetDays: -200,
          completedOffsetDays: -205,
          owner: 'hoffmann',
        },
        {
          title: 'Zwölf interne Moderatorinnen und Moderatoren für Design Thinking ausgebildet',
          plannedOffsetDays: -120,
          completedOffsetDays: -110,
          owner: 'lindner',
        },
        {
          title: 'Erste Zukunftswerkstatt „Arbeiten nach Corona“',
          plannedOffsetDays: -45,
          completedOffsetDays: -45,
          owner: 'hoffmann',
        },
        {
          title: 'Zweite Zukunftswerkstatt „Bürgerservice 2023“',
          plannedOffsetDays: 25,
          owner: 'hoffmann',
        },
        {
          title: 'Wiederholung der Beschäftigtenbefragung',
          plannedOffsetDays: 150,
          owner: 'lindner',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 200,
          author: 'hoffmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 15,
          summary: 'Konzept abgestimmt, Moderationsausbildung beginnt.',
          achievements: 'Vereinbarung mit dem Personalrat über Freistellung und Dokumentation.',
          nextSteps: 'Moderationsausbildung; erste Workshops in Amt 302 und Amt 102.',
        },
        {
          daysAgo: 110,
          author: 'hoffmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 40,
          summary: 'Zwölf interne Moderatorinnen und Moderatoren einsatzbereit.',
          achievements: 'Fünf Workshops mit 85 Teilnehmenden.',
          nextSteps: 'Vorbereitung der ersten Zukunftswerkstatt.',
        },
        {
          daysAgo: 43,
          author: 'hoffmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 52,
          summary: 'Erste Zukunftswerkstatt mit 140 Beschäftigten durchgeführt.',
          achievements: '23 Vorschläge, davon sieben als Maßnahmen mit Verantwortlichen beschlossen.',
          nextSteps: 'Nachverfolgung der Maßnahmen; Themen der zweiten Werkstatt.',
        },
        {
          daysAgo: 13,
          author: 'hoffmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 58,
          summary: 'Zweite Zukunftswerkstatt in Vorbereitung.',
          achievements: '13 Design-Thinking-Workshops insgesamt; drei Maßnahmen aus der ersten Werkstatt umgesetzt.',
          nextSteps: 'Einladung zur zweiten Werkstatt; Fragebogen der Beschäftigtenbefragung überarbeiten.',
        },
      ],
      kpis: [
        {
          name: 'Durchgeführte Design-Thinking-Workshops',
          unit: 'Workshops',
          baseline: 0,
          target: 24,
          measurements: [
            { daysAgo: 150, value: 2 },
            { daysAgo: 110, value: 5 },
            { daysAgo: 43, value: 10 },
            { daysAgo: 13, value: 13 },
          ],
        },
        {
          name: 'Teilnehmende an Beteiligungsformaten',
          unit: 'Teilnehmende',
          baseline: 0,
          target: 600,
          measurements: [
            { daysAgo: 150, value: 30 },
            { daysAgo: 110, value: 85 },
            { daysAgo: 43, value: 240 },
            { daysAgo: 13, value: 310 },
          ],
        },
      ],
      risks: [
        {
          title: 'Ergebnisse der Workshops werden nicht umgesetzt',
          probability: MEDIUM,
          impact: MEDIUM,
          status: OPEN,
          mitigation:
            'Jede Werkstatt endet mit Maßnahmen, Verantwortlichen und Terminen; Bericht an den Verwaltungsvorstand.',
          owner: 'hoffmann',
        },
      ],
    },
    {
      code: 'DIG-016',
      title: 'Open Innovation: Ideenplattform und Kooperation mit Start-ups',
      summary:
        'Beschäftigte reichen Verbesserungsideen auf einer Ideenplattform ein; in einer Innovation Challenge ' +
        'lösen Start-ups und Hochschulteams ausgewählte Aufgaben der Verwaltung. Derzeit wegen der ' +
        'Haushaltssperre unterbrochen.',
      field: 'innovation',
      department: 'digi',
      lead: 'hoffmann',
      members: [
        { person: 'portfolio', role: 'Steuerung Digitalisierungsbüro' },
        { person: 'hartung', role: 'Technische Bewertung' },
      ],
      tags: ['Open Innovation', 'Ideenmanagement', 'Start-ups', 'Hochschulen', 'Beteiligung'],
      startOffsetDays: -210,
      plannedEndOffsetDays: 150,
      forecastEndOffsetDays: 330,
      budgetPlanned: '180000.00',
      budgetSpent: '46200.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Kooperationsvereinbarung mit Hochschule und Gründerzentrum',
          plannedOffsetDays: -170,
          completedOffsetDays: -164,
          owner: 'hoffmann',
        },
        {
          title: 'Ideenplattform für Beschäftigte (Pilot)',
          plannedOffsetDays: -90,
          completedOffsetDays: -80,
          owner: 'hoffmann',
        },
        {
          title: 'Erste Innovation Challenge mit Start-ups',
          plannedOffsetDays: -30,
          forecastOffsetDays: 150,
          owner: 'hoffmann',
        },
        {
          title: 'Entscheidung über die Fortführung',
          plannedOffsetDays: 150,
          forecastOffsetDays: 330,
          owner: 'portfolio',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 180,
          author: 'hoffmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 15,
          summary: 'Partner gewonnen, Ideenplattform in Vorbereitung.',
          achievements: 'Kooperationsvereinbarung unterzeichnet.',
          nextSteps: 'Plattform einrichten; Aufgaben für die Challenge sammeln.',
        },
        {
          daysAgo: 85,
          author: 'hoffmann',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 35,
          summary: 'Ideenplattform kurz vor dem Start; drei Aufgaben für die Challenge ausgewählt.',
          achievements: 'Aufgaben aus Bürgerbüro, Abfallwirtschaft und Grünflächenamt.',
          nextSteps: 'Start der Plattform; Ausschreibung der Challenge.',
        },
        {
          daysAgo: 26,
          author: 'portfolio',
          health: AT_RISK,
          phase: ON_HOLD,
          progress: 35,
          summary: 'Projekt ruht wegen der Haushaltssperre; die Ideenplattform läuft weiter.',
          achievements: '58 Ideen eingereicht, davon neun an die Fachämter zur Umsetzung übergeben.',
          nextSteps: 'Wiederaufnahme der Challenge nach Aufhebung der Haushaltssperre; Partner informiert.',
          blockers: 'Haushaltssperre: Preisgelder und Betreuung der Start-ups sind nicht freigegeben.',
        },
      ],
      kpis: [
        {
          name: 'Eingereichte Ideen auf der Ideenplattform',
          unit: 'Ideen',
          baseline: 0,
          target: 150,
          measurements: [
            { daysAgo: 75, value: 12 },
            { daysAgo: 55, value: 41 },
            { daysAgo: 26, value: 58 },
          ],
        },
      ],
      risks: [
        {
          title: 'Haushaltssperre hält an',
          probability: HIGH,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Förderprogramm des Landes für Modellkommunen prüfen; Challenge ohne Preisgeld als Rückfall.',
          owner: 'portfolio',
        },
        {
          title: 'Partner springen ab',
          probability: MEDIUM,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Regelmäßige Information der Partner; gemeinsame Veranstaltung an der Hochschule.',
          owner: 'hoffmann',
        },
      ],
    },

    {
      code: 'DIG-017',
      title: 'Relaunch des Intranets',
      summary:
        'Das Intranet bleibt neben E-Mail das Medium, das alle Beschäftigten erreicht. Neues ' +
        'Redaktionssystem, überarbeitete Struktur, barrierefrei nach BITV 2.0 und mit Meldungen, die ' +
        'zugleich in der App MIA erscheinen.',
      field: 'kommunikation',
      department: 'presse',
      lead: 'schwarz',
      members: [
        { person: 'yilmaz', role: 'Technische Umsetzung' },
        { person: 'lead', role: 'Schnittstelle MIA' },
      ],
      tags: ['Intranet', 'Interne Kommunikation', 'Barrierefreiheit', 'CMS'],
      startOffsetDays: -260,
      plannedEndOffsetDays: 100,
      budgetPlanned: '210000.00',
      budgetSpent: '118300.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Anforderungsanalyse mit acht Ämtern',
          plannedOffsetDays: -220,
          completedOffsetDays: -224,
          owner: 'schwarz',
        },
        {
          title: 'Redaktionssystem ausgewählt und beauftragt',
          plannedOffsetDays: -150,
          completedOffsetDays: -141,
          owner: 'yilmaz',
        },
        {
          title: 'Inhalte migriert',
          plannedOffsetDays: -12,
          owner: 'schwarz',
        },
        {
          title: 'Start des neuen Intranets',
          plannedOffsetDays: 20,
          owner: 'schwarz',
        },
        {
          title: 'Prüfung der Barrierefreiheit nach BITV 2.0',
          plannedOffsetDays: 60,
          owner: 'yilmaz',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 200,
          author: 'schwarz',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 15,
          summary: 'Anforderungen aufgenommen.',
          achievements: 'Workshops mit acht Ämtern; Nutzungsstatistik des alten Intranets ausgewertet.',
          nextSteps: 'Ausschreibung Redaktionssystem.',
        },
        {
          daysAgo: 120,
          author: 'schwarz',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 40,
          summary: 'Redaktionssystem beauftragt, Migration begonnen.',
          achievements: 'Neue Seitenstruktur abgestimmt; 150 Seiten migriert.',
          nextSteps: 'Migration der Amtsseiten; Schulung der Redaktionen.',
        },
        {
          daysAgo: 47,
          author: 'schwarz',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 60,
          summary: 'Migration läuft, Start wie geplant.',
          achievements: '1.100 von rund 1.800 Seiten migriert.',
          nextSteps: 'Restliche Seiten migrieren; Abnahme durch die Ämter.',
        },
      ],
      kpis: [
        {
          name: 'Migrierte Intranetseiten',
          unit: 'Seiten',
          baseline: 0,
          target: 1800,
          measurements: [
            { daysAgo: 120, value: 150 },
            { daysAgo: 80, value: 620 },
            { daysAgo: 47, value: 1100 },
          ],
        },
        {
          name: 'Seitenaufrufe pro Woche',
          unit: 'Aufrufe',
          baseline: 21000,
          target: 30000,
          measurements: [
            { daysAgo: 200, value: 21000 },
            { daysAgo: 120, value: 20400 },
            { daysAgo: 47, value: 19800 },
          ],
        },
      ],
      risks: [
        {
          title: 'Redaktionelle Pflege in den Ämtern nicht gesichert',
          probability: MEDIUM,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Benannte Redakteurin oder benannter Redakteur je Amt; Schulung vor dem Start.',
          owner: 'schwarz',
        },
      ],
    },
    {
      code: 'DIG-018',
      title: 'Dienstvereinbarung Mobiles Arbeiten',
      summary:
        'Die in der Corona-Krise eingeführten Homeoffice-Regelungen werden mit dem Personalrat in eine ' +
        'dauerhafte Dienstvereinbarung überführt: Anspruch, Erreichbarkeit, Arbeitszeit, Ausstattung und ' +
        'Führen auf Distanz.',
      field: 'mobil',
      department: 'orga',
      lead: 'lindner',
      members: [
        { person: 'portfolio', role: 'Abstimmung mit DIG-004 und DIG-005' },
        { person: 'hoffmann', role: 'Auswertung der Befragung' },
      ],
      tags: ['Mobiles Arbeiten', 'Homeoffice', 'Dienstvereinbarung', 'Personalrat'],
      startOffsetDays: -280,
      plannedEndOffsetDays: -30,
      forecastEndOffsetDays: 90,
      budgetPlanned: '25000.00',
      budgetSpent: '19800.00',
      dependsOn: [],
      milestones: [
        {
          title: 'Befragung der Beschäftigten zu den Homeoffice-Erfahrungen',
          plannedOffsetDays: -240,
          completedOffsetDays: -236,
          owner: 'hoffmann',
        },
        {
          title: 'Entwurf der Dienstvereinbarung an den Personalrat',
          plannedOffsetDays: -150,
          completedOffsetDays: -120,
          owner: 'lindner',
        },
        {
          title: 'Einigung mit dem Personalrat',
          plannedOffsetDays: -60,
          forecastOffsetDays: -10,
          owner: 'lindner',
        },
        {
          title: 'Unterzeichnung und Inkrafttreten',
          plannedOffsetDays: -30,
          forecastOffsetDays: 60,
          owner: 'lindner',
        },
        {
          title: 'Schulungsreihe „Führen auf Distanz“ gestartet',
          plannedOffsetDays: 12,
          owner: 'hoffmann',
        },
      ],
      statusUpdates: [
        {
          daysAgo: 230,
          author: 'lindner',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 20,
          summary: 'Befragung ausgewertet: 2.140 Rückmeldungen.',
          achievements: 'Hohe Zufriedenheit mit dem Homeoffice; Wunsch nach klaren Regeln zur Erreichbarkeit.',
          nextSteps: 'Entwurf der Dienstvereinbarung.',
        },
        {
          daysAgo: 120,
          author: 'lindner',
          health: ON_TRACK,
          phase: IN_PROGRESS,
          progress: 45,
          summary: 'Entwurf an den Personalrat übergeben.',
          achievements: 'Entwurf mit Verwaltungsvorstand abgestimmt.',
          nextSteps: 'Verhandlungsrunden mit dem Personalrat.',
        },
        {
          daysAgo: 50,
          author: 'lindner',
          health: AT_RISK,
          phase: IN_PROGRESS,
          progress: 55,
          summary: 'Verhandlungen dauern länger; Termin für das Inkrafttreten nicht zu halten.',
          achievements: 'Einigung über Anspruch und Ausstattung.',
          nextSteps: 'Weitere Verhandlungsrunden zu Erreichbarkeit und Arbeitszeit.',
          blockers: 'Erreichbarkeit und Arbeitszeiterfassung im Homeoffice sind strittig.',
        },
        {
          daysAgo: 3,
          author: 'lindner',
          health: OFF_TRACK,
          phase: IN_PROGRESS,
          progress: 58,
          summary: 'Verhandlungen stocken; die Übergangsregelung läuft aus.',
          achievements: 'Externe Moderation für die nächsten Runden vereinbart.',
          nextSteps: 'Verlängerung der Übergangsregelung beschließen; moderierte Verhandlungsrunde.',
          blockers: 'Keine Einigung zur Arbeitszeiterfassung; ohne Dienstvereinbarung keine neuen Homeoffice-Anträge.',
        },
      ],
      kpis: [
        {
          name: 'Beschäftigte mit Vereinbarung über mobiles Arbeiten',
          unit: 'Beschäftigte',
          baseline: 350,
          target: 2500,
          measurements: [
            { daysAgo: 236, value: 350 },
            { daysAgo: 120, value: 360 },
            { daysAgo: 3, value: 370 },
          ],
        },
      ],
      risks: [
        {
          title: 'Keine Einigung mit dem Personalrat',
          probability: MEDIUM,
          impact: HIGH,
          status: OPEN,
          mitigation: 'Externe Moderation; strittige Punkte in eine Protokollnotiz mit Evaluation nach einem Jahr.',
          owner: 'lindner',
        },
        {
          title: 'Übergangsregelung läuft aus',
          probability: HIGH,
          impact: MEDIUM,
          status: OPEN,
          mitigation: 'Verlängerung der Übergangsregelung durch den Verwaltungsvorstand.',
          owner: 'lindner',
        },
      ],
    },
  ],
};
