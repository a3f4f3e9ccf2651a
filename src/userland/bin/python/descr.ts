// Descriptors and super(): property, staticmethod, classmethod and the super proxy object.

import type { PyValue } from './objects';
import { PyClass, PyObject } from './objects';
import { objectType } from './types';

export const propertyType = new PyClass('property', [objectType], new Map(), true);
export const staticmethodType = new PyClass('staticmethod', [objectType], new Map(), true);
export const classmethodType = new PyClass('classmethod', [objectType], new Map(), true);
export const superType = new PyClass('super', [objectType], new Map(), true);
export const notImplementedType = new PyClass('NotImplementedType', [objectType], new Map(), true);
export const ellipsisType = new PyClass('ellipsis', [objectType], new Map(), true);

export class PyProperty extends PyObject {
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
  ) {
    super();
  }
  get cls(): PyClass {
    return propertyType;
  }
}

export class PyWrapped extends PyObject {
  constructor(
    readonly func: PyValue,
    readonly kind: 'static' | 'class',
  ) {
    super();
  }
  get cls(): PyClass {
    return this.kind === 'static' ? staticmethodType : classmethodType;
  }
}

export class PySuper extends PyObject {
  constructor(
    /** Look up after this class in the MRO of self's type. */
    readonly after: PyClass,
    readonly self: PyValue,
  ) {
    super();
  }
  get cls(): PyClass {
    return superType;
  }
}

class Singleton extends PyObject {
  constructor(private readonly type: PyClass) {
    super();
  }
  get cls(): PyClass {
    return this.type;
  }
}

export const NotImplemented = new Singleton(notImplementedType);
export const Ellipsis = new Singleton(ellipsisType);
