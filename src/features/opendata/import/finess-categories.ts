/**
 * Which FINESS establishment categories (nomenclature « catégorie
 * d'établissement », ANS TRE_R66) belong in a CLSM directory, and what an
 * imported entry of each says by default.
 *
 * Reviewed on 2026-11-22 against the ANS terminology TRE_R66
 * CategorieEtablissement (FHIR CodeSystem, version 20260505120000: codes
 * and labels below are copied from it) and the categories of the sample
 * directory (content/taxonomy.yaml). Left out on purpose: general
 * hospitals (355 Centre Hospitalier, 101 CHR), whose psychiatric units are
 * not separate establishments in the extract and would flood the directory
 * with somatic care; GEMs, which are not in FINESS (add them by
 * spreadsheet). Review again when the nomenclature changes (its version is
 * in the extract's first line) or when a CLSM adds a category.
 */
import type { Appointment, Audience, Cost } from '../../directory/index.ts';

export interface FinessCategory {
  /** FINESS `categetab` code. */
  code: string;
  /** Label in the ANS nomenclature. */
  label: string;
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

export const FINESS_CATEGORIES: readonly FinessCategory[] = [
  {
    code: '156',
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
    label: 'Centre Postcure Malades Mentaux',
    categories: ['hopital'],
    audiences: ['adultes'],
    appointment: 'required',
    referral: true,
    cost: 'reimbursed',
    description: 'Centre de postcure psychiatrique : séjour de réadaptation après une hospitalisation, sur indication d’un médecin.',
  },
];

/** The directory's entry defaults for a FINESS category code, if it belongs in the directory. */
export function finessCategory(code: string): FinessCategory | undefined {
  return FINESS_CATEGORIES.find((c) => c.code === code.trim());
}
