import type { LegalForm } from '../../core/inputs/common';
import { type MonthKey, monthOf, monthRange } from '../../core/lib/calendar-date';
import { foldTurkish } from '../../core/lib/turkish-text';
import { dateBetween, type EnterpriseContext, pad } from './case-common';
import {
  DEMO_FIRST_MONTH,
  DEMO_LAST_MONTH,
  type DemoApplication,
  type DemoEnterprise,
  type DemoUser,
  type DemoWorkplace,
  MAX_DEMO_ENTERPRISES,
  PERSON_SLOTS,
  RECENT_FIRST_MONTH,
} from './demo-types';
import { demoTckn, demoVkn } from './identifiers';
import { ikdpApplication } from './ikdp';
import { itkfdpApplication } from './itkfdp';
import { officersOf, turkishPerson } from './people';
import {
  type ApplicationPlan,
  GUARANTEED_CASES,
  ikdpTrades,
  ITKFDP_PROVINCES,
  manufacturingTrades,
  pickItkfdpProvince,
  pickProvince,
  pickTrade,
  planApplications,
  rejectionFor,
} from './probability-tables';
import { createRandom, type Random, streamSeed } from './random';
import type { TRADES } from './word-lists';
import { BRAND_HEADS, BRAND_TAILS, BRAND_WORDS, JOINT_STOCK_SUFFIXES, LIMITED_SUFFIXES, SURNAMES } from './word-lists';

/** Demo data: one enterprise with its workplaces and applications, and the generator of a whole run. */

export type Trade = (typeof TRADES)[number];

export function unvanOf(random: Random, legalForm: LegalForm, trade: Trade, owner: { firstName: string; lastName: string }): string {
  const word = random.pick(trade.words);
  if (legalForm === 'GERCEK_KISI') {
    return random.chance(0.5)
      ? `${owner.firstName} ${owner.lastName} - ${owner.lastName} ${word}`
      : `${owner.firstName} ${owner.lastName} ${word} İmalatı`;
  }
  const style = random.next();
  let brand: string;
  if (style < 0.35) {
    const surname = random.pick(SURNAMES);
    const variant = random.next();
    brand = variant < 0.6 ? surname : variant < 0.85 ? `${surname}lar` : `${surname} Kardeşler`;
  } else if (style < 0.7) brand = random.pick(BRAND_WORDS);
  else brand = `${random.pick(BRAND_HEADS)}${random.pick(BRAND_TAILS)}`;
  const suffix = random.chance(0.75) ? random.pick(LIMITED_SUFFIXES) : random.pick(JOINT_STOCK_SUFFIXES);
  return `${brand} ${word} ${suffix}`;
}

/**
 * SGK işyeri sicil numarası, 26 digits: mahiyet (1), işkolu kodu (4, here the
 * NACE class), ünite (2), eski ünite (2), sıra no (7), il kodu (3), ilçe kodu
 * (2), kontrol (2), aracı no (3).
 */
export function sicilNo(random: Random, nace: string, plate: number): string {
  const isKolu = nace.replace(/\./g, '').slice(0, 4);
  return `2${isKolu}0101${pad(random.integer(1, 9_999_999), 7)}${pad(plate, 3)}${pad(random.integer(1, 30), 2)}${pad(random.integer(10, 99), 2)}000`;
}

/** Monthly prim gün of a workplace: its headcount drifts by a trend, with absences. */
export function workplaceSeries(
  random: Random,
  staff: number,
  months: readonly MonthKey[],
  foundedMonth: MonthKey,
): Record<MonthKey, number> {
  const trend = (random.next() - 0.5) * 0.03;
  const series: Record<MonthKey, number> = {};
  months.forEach((month, step) => {
    if (month < foundedMonth) return;
    const headcount = Math.max(0, Math.round(staff * (1 + trend * step) + (random.next() - 0.5) * Math.max(1, staff * 0.06)));
    const absences = headcount === 0 ? 0 : random.integer(0, Math.ceil(headcount * 1.5));
    series[month] = Math.max(0, headcount * 30 - absences);
  });
  return series;
}

export function slugOf(unvan: string): string {
  return foldTurkish(unvan)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 3)
    .join('-');
}

export type DemoOptions = { readonly seed: number; readonly officers: ReadonlyMap<string, readonly DemoUser[]> };

/** Enterprise number `index` (from 0) of a run: the same for a seed whatever the number of enterprises. */
export function generateDemoEnterprise(options: DemoOptions, index: number): DemoEnterprise {
  const random = createRandom(streamSeed(options.seed, 'enterprise', index));
  const guaranteed = GUARANTEED_CASES[index];
  const key = `E${pad(index + 1, 6)}`;

  let trade = pickTrade(random);
  if (guaranteed !== undefined) trade = random.pick(guaranteed.program === 'ITKFDP-II' ? manufacturingTrades : ikdpTrades);
  const legalForm: LegalForm = random.chance(0.18) ? 'GERCEK_KISI' : 'TUZEL_KISI';
  const owner = turkishPerson(random);
  const numberingOffset = streamSeed(options.seed, 'numbering', 0);
  const vkn = demoVkn(index, numberingOffset);
  const tckn = legalForm === 'GERCEK_KISI' ? demoTckn(index * PERSON_SLOTS + PERSON_SLOTS - 1, numberingOffset, false) : null;
  const unvan = unvanOf(random, legalForm, trade, owner);

  const headquarters = guaranteed?.program === 'ITKFDP-II' ? pickItkfdpProvince(random) : pickProvince(random);
  const provinces = [headquarters];
  const branchRoll = random.next();
  const branchCount = branchRoll < 0.03 ? 2 : branchRoll < 0.15 ? 1 : 0;
  for (let branch = 0; branch < branchCount; branch += 1) {
    const province = pickProvince(random);
    if (!provinces.includes(province)) provinces.push(province);
  }
  const inItkfdpProvince = provinces.some((province) => ITKFDP_PROVINCES.has(province.name));
  const plans: ApplicationPlan[] = guaranteed !== undefined ? [guaranteed] : planApplications(random, trade.group, inItkfdpProvince);

  const sizeRoll = random.next();
  const employees =
    sizeRoll < 0.5
      ? random.integer(2, 9)
      : sizeRoll < 0.85
        ? random.integer(10, 49)
        : sizeRoll < 0.98
          ? random.integer(50, 249)
          : random.integer(250, 600);
  const foundedRoll = random.next();
  const foundedOn =
    foundedRoll < 0.04
      ? dateBetween(random, '2024-10-01', '2024-12-31')
      : foundedRoll < 0.07
        ? dateBetween(random, '2025-01-01', '2025-06-30')
        : dateBetween(random, '1985-01-01', '2024-06-30');
  const months = monthRange(plans.length > 0 ? DEMO_FIRST_MONTH : RECENT_FIRST_MONTH, DEMO_LAST_MONTH);
  const workplaces: DemoWorkplace[] = provinces.map((province, position) => ({
    province: province.name,
    sgkSicilNo: sicilNo(random, trade.nace, province.plate),
    headquarters: position === 0,
    primDays: workplaceSeries(
      random,
      Math.max(1, Math.round(employees * (position === 0 ? 0.7 : 0.3 / Math.max(1, provinces.length - 1)))),
      months,
      monthOf(foundedOn),
    ),
  }));

  const context: EnterpriseContext = {
    seed: options.seed,
    random,
    key,
    index,
    unvanSlug: slugOf(unvan),
    officers: options.officers,
    numberingOffset,
    nextPersonSlot: 0,
    documentCount: 0,
  };
  let declarationCurrent = !random.chance(0.08);
  let active = !random.chance(0.02);
  let envSocialCompliant = true;
  const applications: DemoApplication[] = plans.map((plan, position) => {
    const rejection = plan.status === 'REJECTED' ? rejectionFor(random, plan.program, trade.group) : null;
    if (rejection?.code === 'declaration') declarationCurrent = false;
    if (rejection?.code === 'registration') active = false;
    if (rejection?.code === 'env-social') envSocialCompliant = false;
    if (plan.program === 'ITKFDP-II') {
      const itkfdpProvince = provinces.find((province) => ITKFDP_PROVINCES.has(province.name)) ?? headquarters;
      return itkfdpApplication(context, plan, position + 1, itkfdpProvince.name, rejection);
    }
    return ikdpApplication(context, { program: plan.program, status: plan.status }, position + 1, headquarters.name, rejection);
  });

  return {
    key,
    index,
    legalForm,
    vkn,
    tckn,
    unvan,
    registered: true,
    active,
    declarationCurrent,
    naceMain: trade.nace,
    naceReferenceDate: '2024-12-31',
    foundedOn,
    sanctioned: false,
    excludedActivity: false,
    envSocialCompliant,
    workplaces,
    applications,
  };
}

/** Every enterprise of a run, one at a time, so that 50,000 need not sit in memory together. */
export function* generateDemoEnterprises(seed: number, count: number, staff: readonly DemoUser[]): Generator<DemoEnterprise> {
  if (!Number.isInteger(count) || count < 0 || count > MAX_DEMO_ENTERPRISES)
    throw new RangeError(`count must be 0…${MAX_DEMO_ENTERPRISES}`);
  const options: DemoOptions = { seed, officers: officersOf(staff) };
  for (let index = 0; index < count; index += 1) yield generateDemoEnterprise(options, index);
}
