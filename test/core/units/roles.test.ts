import { assignRoles } from '../../../src/core/units/roles';
import type { UnitKind, UnitRole } from '../../../src/core/units/unit';

const unit = (kind: UnitKind, marker?: UnitRole) => ({ kind, marker });

describe('assignRoles', () => {
  it('takes the role from a 牵头单位 or 配合单位 column', () => {
    expect(assignRoles([unit('bureau'), unit('group')], 'lead', true)).toEqual([
      { role: 'lead', roleSource: 'column' },
      { role: 'lead', roleSource: 'column' },
    ]);
    expect(assignRoles([unit('bureau')], 'support', true)).toEqual([{ role: 'support', roleSource: 'column' }]);
  });

  it('makes the first unit of a 责任单位 cell lead, a group listed first included, never a vague reference', () => {
    expect(assignRoles([unit('group'), unit('vague'), unit('bureau'), unit('bureau')], 'units', true)).toEqual([
      { role: 'lead', roleSource: 'first-listed' },
      { role: 'support', roleSource: 'first-listed' },
      { role: 'support', roleSource: 'first-listed' },
      { role: 'support', roleSource: 'first-listed' },
    ]);
    expect(assignRoles([unit('vague'), unit('bureau')], 'units', true)).toEqual([
      { role: 'support', roleSource: 'first-listed' },
      { role: 'lead', roleSource: 'first-listed' },
    ]);
  });

  it('leaves the role unknown (support, default) without the first-listed convention', () => {
    expect(assignRoles([unit('bureau'), unit('bureau')], 'units', false)).toEqual([
      { role: 'support', roleSource: 'default' },
      { role: 'support', roleSource: 'default' },
    ]);
  });

  it('lets an explicit 牵头 decide, the unmarked units of that cell supporting', () => {
    expect(assignRoles([unit('bureau'), unit('bureau', 'lead'), unit('bureau')], 'units', true)).toEqual([
      { role: 'support', roleSource: 'explicit' },
      { role: 'lead', roleSource: 'explicit' },
      { role: 'support', roleSource: 'explicit' },
    ]);
  });

  it('applies the convention to the unmarked units when only 配合 is marked', () => {
    expect(assignRoles([unit('bureau', 'support'), unit('bureau')], 'units', true)).toEqual([
      { role: 'support', roleSource: 'explicit' },
      { role: 'lead', roleSource: 'first-listed' },
    ]);
    expect(assignRoles([unit('bureau', 'support'), unit('bureau')], 'units', false)).toEqual([
      { role: 'support', roleSource: 'explicit' },
      { role: 'support', roleSource: 'default' },
    ]);
  });
});
