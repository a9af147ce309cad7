import { Type } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
const O = Type.Object({ a: Type.String(), b: Type.Optional(Type.Number()), list: Type.Array(Type.Union([Type.String(), Type.Object({ officer: Type.String() }, { additionalProperties: false })])) }, { additionalProperties: false });
for (const e of Value.Errors(O, { zz: 2, list: [{ officer: 'a', bad: 1 }] })) {
  console.log(ValueErrorType[e.type], e.path, e.message, JSON.stringify(e.schema).slice(0, 80));
  for (const it of e.errors ?? []) for (const inner of it) console.log('   inner', ValueErrorType[inner.type], inner.path, inner.message);
}
