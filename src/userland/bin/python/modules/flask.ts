// A tiny Flask 1.1.4 (what `pip install Flask` gave python 2.7): Flask(__name__), @app.route(rule,
// methods=[...]), add_url_rule, app.run(host, port, debug) serving with Werkzeug 1.0.1's
// development server (flaskserve.ts), flask.request, jsonify and abort. Importable only once pip
// has installed it (modules/index.ts checks site-packages).
//
// Simplification: no templates, sessions, blueprints or app/request contexts; flask.request is one
// object refilled for each request; FLASK_ENV and FLASK_DEBUG are read from the initial environment.

import type { Gen } from '../../../sys';
import { basename } from '../../../../lib/path';
import { getattr } from '../attrs';
import { fn, kwArg, method } from '../args';
import { newException, pyErr } from '../exceptions';
import { hashKey } from '../hash';
import { toArray } from '../iter';
import type { Interp, Kwargs, PyModule, PyValue } from '../objects';
import { PyClass, PyDict, PyExc, PyInstance, PyList } from '../objects';
import { truthy } from '../ops';
import { toStr } from '../str';
import { objectType, typeName } from '../types';
import { compileRule, statusName } from './flaskhttp';
import { serve } from './flaskserve';
import { PyResponse, httpException, jsonResponse, responseType } from './flaskview';
import type { AppState } from './flaskview';
import { makeModule } from './util';
import type { Proc } from './util';

const requestType = new PyClass('Request', [objectType], new Map(), false);
requestType.dict.set('__module__', 'flask.wrappers');

const apps = new WeakMap<PyInstance, AppState>();

function state(v: PyValue): AppState {
  const s = v instanceof PyInstance ? apps.get(v) : undefined;
  if (s === undefined) throw pyErr('TypeError', `expected a Flask object, not '${typeName(v)}'`);
  return s;
}

function* methodsOf(ip: Interp, v: PyValue): Gen<string[]> {
  if (v === null) return ['GET'];
  if (typeof v === 'string')
    throw pyErr(
      'TypeError',
      'Allowed methods have to be iterables of strings, for example: @app.route(..., methods=["POST"])',
    );
  const out: string[] = [];
  for (const m of yield* toArray(ip, v)) out.push((yield* toStr(ip, m)).toUpperCase());
  return out;
}

/** Flask.add_url_rule: compile the rule and remember the view under its endpoint. */
function* addRule(ip: Interp, app: AppState, rule: string, view: PyValue, kw: Kwargs | null): Gen<void> {
  const given = kwArg(kw, 'endpoint', null);
  const endpoint = yield* toStr(ip, given ?? (view === null ? null : yield* getattr(ip, view, '__name__')));
  const old = app.views.get(endpoint);
  if (view !== null && old !== undefined && old !== view)
    throw pyErr(
      'AssertionError',
      `View function mapping is overwriting an existing endpoint function: ${endpoint}`,
    );
  const compiled = compileRule(rule, endpoint, yield* methodsOf(ip, kwArg(kw, 'methods', null)));
  if (typeof compiled === 'string') throw pyErr('LookupError', compiled);
  if (!rule.startsWith('/')) throw pyErr('ValueError', 'urls must start with a leading slash');
  app.rules.push(compiled);
  if (view !== null) app.views.set(endpoint, view);
}

function* appName(ip: Interp, importName: string): Gen<string> {
  if (importName !== '__main__') return importName;
  const file = ip.modules.get('__main__')?.dict.get('__file__');
  if (typeof file !== 'string') return '__main__';
  return basename(file).replace(/\.[^.]*$/, '');
}

function envFlag(envp: readonly string[], name: string): string | undefined {
  const e = envp.find((x) => x.startsWith(`${name}=`));
  return e === undefined ? undefined : e.slice(name.length + 1);
}

/** What a Flask class needs from its interpreter. */
interface Env {
  readonly request: PyInstance;
  readonly envp: readonly string[];
  readonly site: string;
  readonly pythonVersion: string;
}

/** Flask.__init__(import_name): the app's state, config and attributes. */
function* initApp(ip: Interp, env: Env, inst: PyInstance, args: PyValue[], kw: Kwargs | null): Gen<void> {
  const importName = args[0] ?? kwArg(kw, 'import_name', null);
  if (importName === null)
    throw pyErr('TypeError', "__init__() missing 1 required positional argument: 'import_name'");
  const name = yield* appName(ip, yield* toStr(ip, importName));
  const { request, site, pythonVersion } = env;
  apps.set(inst, {
    importName: String(importName),
    name,
    rules: [],
    views: new Map(),
    site,
    pythonVersion,
    request,
  });
  const config = new PyDict();
  const defaults: [string, PyValue][] = [
    ['DEBUG', false],
    ['ENV', 'production'],
    ['TESTING', false],
    ['SECRET_KEY', null],
  ];
  for (const [k, v] of defaults) config.map.set(hashKey(k), { k, v });
  inst.dict.set('import_name', importName);
  inst.dict.set('name', name);
  inst.dict.set('config', config);
  inst.dict.set('debug', false);
}

/** Flask.run(host, port, debug): FLASK_ENV/FLASK_DEBUG, then the development server. */
function* runApp(ip: Interp, env: Env, inst: PyInstance, args: PyValue[], kw: Kwargs | null): Gen<void> {
  const app = state(inst);
  const hostV = args[0] ?? kwArg(kw, 'host', null);
  const portV = args[1] ?? kwArg(kw, 'port', null);
  const debugV = args[2] ?? kwArg(kw, 'debug', null);
  const flaskEnv = envFlag(env.envp, 'FLASK_ENV') ?? 'production';
  const flag = envFlag(env.envp, 'FLASK_DEBUG');
  let debug =
    flag === undefined || flag === ''
      ? flaskEnv === 'development'
      : !['0', 'false', 'no'].includes(flag.toLowerCase());
  if (debugV !== null) debug = yield* truthy(ip, debugV);
  const host = hostV === null || hostV === '' ? '127.0.0.1' : yield* toStr(ip, hostV);
  const port = portV === null ? 5000 : Number(yield* toStr(ip, portV));
  if (!Number.isInteger(port))
    throw pyErr('ValueError', `invalid literal for int() with base 10: '${String(portV)}'`);
  inst.dict.set('debug', debug);
  yield* serve(ip, app, host, port, debug, flaskEnv);
}

/** The Flask class of one interpreter (its request object and environment). */
function flaskClass(env: Env): PyClass {
  const flaskType = new PyClass('Flask', [objectType], new Map(), false);
  flaskType.dict.set('__module__', 'flask.app');
  method(flaskType, '__init__', function* (ip, self, args, kw) {
    yield* initApp(ip, env, self as PyInstance, args, kw);
    return null;
  });
  method(flaskType, 'route', function* (_ip, self, args, kw) {
    const app = state(self);
    const rule = args[0] ?? null;
    if (typeof rule !== 'string') throw pyErr('TypeError', `route() rule must be str, not ${typeName(rule)}`);
    return fn('decorator', function* (ip2, fargs) {
      const view = fargs[0] ?? null;
      yield* addRule(ip2, app, rule, view, kw);
      return view;
    });
  });
  method(flaskType, 'add_url_rule', function* (ip, self, args, kw) {
    const rule = yield* toStr(ip, args[0] ?? null);
    const k: Kwargs = new Map(kw ?? []);
    if (args[1] !== undefined) k.set('endpoint', args[1]);
    yield* addRule(ip, state(self), rule, args[2] ?? kwArg(kw, 'view_func', null), k);
    return null;
  });
  method(flaskType, 'run', function* (ip, self, args, kw) {
    yield* runApp(ip, env, self as PyInstance, args, kw);
    return null;
  });
  method(flaskType, '__repr__', function* (_ip, self) {
    return `<Flask '${state(self).name}'>`;
  });
  return flaskType;
}

function* jsonify(ip: Interp, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  const hasKw = kw !== null && kw.size > 0;
  if (args.length > 0 && hasKw)
    throw pyErr('TypeError', 'jsonify() behavior undefined when passed both args and kwargs');
  let data: PyValue;
  if (hasKw) {
    const d = new PyDict();
    for (const [k, v] of kw) d.map.set(hashKey(k), { k, v });
    data = d;
  } else data = args.length === 1 ? args[0]! : args.length > 1 ? new PyList(args) : new PyDict();
  return new PyResponse(yield* jsonResponse(ip, data));
}

export function flaskModule(ip: Proc, site: string, pythonVersion: string): PyModule {
  const request = new PyInstance(requestType);
  return makeModule('flask', `${site}/flask/__init__.py`, {
    __version__: '1.1.4',
    Flask: flaskClass({ request, envp: ip.envp, site, pythonVersion }),
    Response: responseType,
    request,
    jsonify,
    abort: function* (_ip, args) {
      const code = args[0] ?? null;
      if (typeof code !== 'bigint') throw pyErr('LookupError', `no exception for ${String(code)}`);
      const e = newException(httpException, [`${code} ${statusName(Number(code))}`]);
      e.dict.set('code', code);
      throw new PyExc(e);
    },
  });
}
