/**
 * Every FINESS establishment category (nomenclature « catégorie
 * d'établissement », ANS TRE_R66) this kit has a decision for: in the
 * directory (with what an imported entry says by default) or out (with
 * why). A category not in the table is left out and counted, by code, in
 * the import's notes, so that a CLSM sees what it did not get and can ask
 * for a decision. docs/import.md shows this table in French.
 *
 * Reviewed on 2026-11-22 against the ANS terminology TRE_R66
 * CategorieEtablissement (FHIR CodeSystem, version 20260505120000: codes
 * and labels of the "in" rows are copied from it) and the categories of
 * the sample directory (content/taxonomy.yaml); the "out" rows and the
 * mandataires were decided on 2026-12-02. Review again when the
 * nomenclature changes or when a CLSM asks for a category.
 */
import type { Appointment, Audience, Cost } from '../../directory/index.ts';

/** A category kept out of the directory, and why. */
export interface FinessExclusion {
  /** FINESS `categetab` (CSV) or `categorieentiteGeographiqueExercice` (JSON) code. */
  code: string;
  /** Label in the ANS nomenclature. */
  label: string;
  decision: 'out';
  /** Why, in one sentence a coordinator can read. */
  why: string;
}

export interface FinessCategory {
  /** FINESS `categetab` (CSV) or `categorieentiteGeographiqueExercice` (JSON) code. */
  code: string;
  /** Label in the ANS nomenclature. */
  label: string;
  decision: 'in';
  /** Why it belongs, when it is not obvious. */
  why?: string;
  /** Directory categories (content/taxonomy.yaml ids), the main one first. */
  categories: string[];
  audiences: Audience[];
  appointment: Appointment;
  /** True when a professional's referral is needed. */
  referral: boolean;
  cost: Cost;
  /** Plain-French description written into the entry; the CLSM completes it. */
  description: string;
}

export const FINESS_CATEGORIES: readonly (FinessCategory | FinessExclusion)[] = [
  {
    code: '156',
    decision: 'in',
    label: 'Centre Médico-Psychologique (C.M.P.)',
    categories: ['cmp'],
    audiences: ['tous-publics'],
    appointment: 'by-phone',
    referral: false,
    cost: 'free',
    description: 'Centre médico-psychologique : consultations gratuites de psychiatrie publique (psychiatre, psychologue, infirmier, assistant social) pour les habitants du secteur.',
  },
  {
    code: '425',
    decision: 'in',
    label: 'Centre d’Accueil Thérapeutique à temps partiel (C.A.T.T.P.)',
    categories: ['cattp'],
    audiences: ['tous-publics'],
    appointment: 'by-phone',
    referral: true,
    cost: 'free',
    description: 'Centre d’accueil thérapeutique à temps partiel : activités de soin en groupe, quelques demi-journées par semaine, sur indication de l’équipe du CMP.',
  },
  {
    code: '189',
    decision: 'in',
    label: 'Centre Médico-Psycho-Pédagogique (C.M.P.P.)',
    categories: ['enfants', 'soins'],
    audiences: ['enfants', 'adolescents', 'familles'],
    appointment: 'by-phone',
    referral: false,
    cost: 'reimbursed',
    description: 'Centre médico-psycho-pédagogique : consultations et rééducations pour les enfants et adolescents en difficulté psychologique ou d’apprentissage, et leurs parents.',
  },
  {
    code: '197',
    decision: 'in',
    label: 'Centre soins accompagnement prévention addictologie (CSAPA)',
    categories: ['addictions'],
    audiences: ['tous-publics'],
    appointment: 'by-phone',
    referral: false,
    cost: 'free',
    description: 'Centre de soins, d’accompagnement et de prévention en addictologie : aide gratuite et confidentielle pour les personnes qui consomment de l’alcool, du tabac, des drogues ou qui jouent, et pour leurs proches.',
  },
  {
    code: '178',
    decision: 'in',
    label: 'Ctre.Accueil- Accomp.Réduc.Risq.Usag. Drogues (C.A.A.R.U.D.)',
    categories: ['addictions'],
    audiences: ['adultes'],
    appointment: 'walk-in',
    referral: false,
    cost: 'free',
    description: 'Centre d’accueil et d’accompagnement à la réduction des risques pour usagers de drogues : accueil anonyme et gratuit, matériel de réduction des risques, soutien et orientation.',
  },
  {
    code: '292',
    decision: 'in',
    label: 'Centre Hospitalier Spécialisé lutte Maladies Mentales',
    categories: ['hopital'],
    audiences: ['tous-publics'],
    appointment: 'by-phone',
    referral: false,
    cost: 'reimbursed',
    description: 'Hôpital spécialisé en psychiatrie : hospitalisation, consultations et urgences psychiatriques.',
  },
  {
    code: '161',
    decision: 'in',
    label: 'Maison de Santé pour Maladies Mentales',
    categories: ['hopital'],
    audiences: ['adultes'],
    appointment: 'required',
    referral: true,
    cost: 'reimbursed',
    description: 'Clinique psychiatrique : hospitalisation complète ou de jour, sur indication d’un médecin.',
  },
  {
    code: '430',
    decision: 'in',
    label: 'Centre Postcure Malades Mentaux',
    categories: ['hopital'],
    audiences: ['adultes'],
    appointment: 'required',
    referral: true,
    cost: 'reimbursed',
    description: 'Centre de postcure psychiatrique : séjour de réadaptation après une hospitalisation, sur indication d’un médecin.',
  },
  {
    code: '340',
    decision: 'in',
    label: 'Service mandataire judiciaire à la protection des majeurs',
    why: 'Curatelle et tutelle concernent beaucoup de personnes suivies en psychiatrie, et les proches cherchent qui les exerce : ces services vont dans « mandataire », sur décision du juge.',
    categories: ['mandataire'],
    audiences: ['adultes', 'aidants'],
    appointment: 'required',
    referral: true,
    cost: 'fee',
    description: 'Service mandataire judiciaire à la protection des majeurs : exerce les mesures de curatelle, de tutelle ou de sauvegarde de justice décidées par le juge des contentieux de la protection. La participation aux frais dépend des revenus.',
  },
  {
    code: '182',
    decision: 'out',
    label: 'Service d’Éducation Spéciale et de Soins à Domicile (SESSAD)',
    why: 'On n’y entre que sur notification de la MDPH, et la plupart suivent des handicaps moteurs, sensoriels ou intellectuels : l’annuaire oriente vers la MDPH (catégorie « mdph »), qui connaît les SESSAD du secteur.',
  },
  {
    code: '500',
    decision: 'out',
    label: 'Etablissement d’hébergement pour personnes âgées dépendantes (EHPAD)',
    why: 'Un lieu de vie, pas un lieu où l’on va chercher de l’aide en santé mentale ; un territoire en compte des dizaines. Les aides aux personnes âgées passent par le CLIC ou le CCAS (catégorie « personnes-agees »).',
  },
  {
    code: '355',
    decision: 'out',
    label: 'Centre Hospitalier (C.H.)',
    why: 'Ses unités de psychiatrie (hôpitaux de jour, urgences) ne sont pas des établissements distincts dans FINESS : importer le centre hospitalier noierait l’annuaire de soins somatiques. Ajoutez à la main, dans « hopital », les unités de psychiatrie du secteur.',
  },
  {
    code: '101',
    decision: 'out',
    label: 'Centre Hospitalier Régional (C.H.R.)',
    why: 'Même raison que les centres hospitaliers : décrivez à la main le service de psychiatrie ou les urgences psychiatriques.',
  },
  {
    code: '620',
    decision: 'out',
    label: 'Pharmacie d’Officine',
    why: 'Hors du champ de l’annuaire : les pharmacies sont sur les annuaires de santé nationaux.',
  },
];

/** The decision for a FINESS category code: in (with the entry defaults), out (with why), or undefined when no one decided yet. */
export function finessCategory(code: string): FinessCategory | FinessExclusion | undefined {
  return FINESS_CATEGORIES.find((c) => c.code === code.trim());
}
