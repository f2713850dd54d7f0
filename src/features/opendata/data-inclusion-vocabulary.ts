/**
 * How the directory's closed lists map onto the reference lists of the
 * national data·inclusion schema v1 (vendor/data-inclusion/extra/), both
 * ways: the export (data-inclusion.ts) and the importer
 * (import/data-inclusion.ts) read the same tables, and a test checks every
 * value against the schema's lists.
 */
import type { Appointment, Audience } from '../directory/index.ts';

/** Every service of a CLSM directory is about mental health. */
export const MENTAL_HEALTH = 'sante--sante-mentale';

/** data·inclusion thematiques added for a directory category (beyond sante--sante-mentale), and the category an imported thematique gives. */
export const CATEGORY_THEMATIQUES: Record<string, string> = {
  addictions: 'sante--addictions',
  mdph: 'sante--constituer-un-dossier-mdph-invalidite',
  aidants: 'famille--soutien-aidants',
  mandataire: 'difficultes-financieres--mettre-en-place-une-mesure-de-protection-financiere',
  'droits-demarches': 'difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits',
  logement: 'logement-hebergement--se-maintenir-dans-le-logement',
};

/** data·inclusion `publics` of a directory audience; audiences without an equivalent (enfants, adultes, professionnels) stay in publics_precisions. */
export const AUDIENCE_PUBLICS: Partial<Record<Audience, string>> = {
  'tous-publics': 'tous-publics',
  adolescents: 'jeunes',
  'jeunes-adultes': 'jeunes',
  etudiants: 'etudiants',
  'personnes-agees': 'seniors',
  familles: 'familles',
  femmes: 'femmes',
};

/** data·inclusion `modes_mobilisation` of the way in. */
export const APPOINTMENT_MOBILISATION: Record<Appointment, string> = {
  'walk-in': 'se-presenter',
  'by-phone': 'telephoner',
  required: 'telephoner',
};
