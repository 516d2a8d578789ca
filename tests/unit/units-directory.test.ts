// The directory of units: names, short names and other names matched as one unit; suggestions; the service.
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalUnit, matchUnit, suggestUnits, unknownUnits, type Unit } from '../../shared/domain/unit-directory';
import * as units from '../../electron/host/services/units';
import { cleanupTemp, codeOf, openTempDb, startTempHost } from './temp-data';

afterEach(cleanupTemp);

const dir: Unit[] = [
  { id: '1', name: '医政处', shortName: '', aliases: ['医政医管处'], kind: 'office', leader: '', contact: '', phone: '' },
  { id: '2', name: '县人民医院', shortName: '县医院', aliases: [], kind: 'subordinate', leader: '徐庆', contact: '', phone: '' },
  { id: '3', name: '财务管理处', shortName: '财务处', aliases: [], kind: 'office', leader: '', contact: '', phone: '' },
];

describe('matching names against the directory', () => {
  it('takes the full name, the short name and any other name, spaces ignored, as the same unit', () => {
    expect(matchUnit(dir, '医政医管处')?.id).toBe('1');
    expect(matchUnit(dir, ' 县 医院 ')?.id).toBe('2');
    expect(canonicalUnit(dir, '财务处')).toBe('财务管理处');
    expect(canonicalUnit(dir, '疾控处')).toBe('疾控处');
  });

  it('lists each unknown name once, in the order met', () => {
    expect(unknownUnits(dir, ['疾控处', '医政处', '体改处', '疾控处'])).toEqual(['疾控处', '体改处']);
  });

  it('suggests units whose names start with what is typed before those that only contain it', () => {
    expect(suggestUnits(dir, '财务').map((u) => u.name)).toEqual(['财务管理处']);
    expect(suggestUnits(dir, '医').map((u) => u.name)).toEqual(['医政处', '县人民医院']);
  });
});

describe('the units service', () => {
  it('starts a new database with the units of the sample plans, 医政医管处 an other name of 医政处', () => {
    const { host } = startTempHost(true);
    const all = units.list(host.ctx.db);
    expect(all.find((u) => u.name === '医政处')?.aliases).toEqual(['医政医管处']);
    expect(all.some((u) => u.name === '医政医管处')).toBe(false);
    expect(all.find((u) => u.name === '县人民医院')?.kind).toBe('subordinate');
    expect(all.find((u) => u.name === '基层处')?.kind).toBe('office');
  });

  it('refuses a name another unit already has, and adds only the names it lacks', () => {
    const { db } = openTempDb();
    units.save(db, { name: '县人民医院', shortName: '县医院', aliases: [], kind: 'subordinate', leader: '', contact: '', phone: '' });
    expect(codeOf(() => units.save(db, { name: '县医院', shortName: '', aliases: [], kind: 'subordinate', leader: '', contact: '', phone: '' }))).toBe('UNIT_NAME_TAKEN');
    expect(units.addNames(db, ['县医院', '县中医医院'], 'subordinate').map((u) => u.name)).toEqual(['县中医医院']);
    const first = units.list(db)[0]!;
    units.remove(db, first.id);
    expect(units.list(db).map((u) => u.name)).toEqual(['县中医医院']);
  });
});
