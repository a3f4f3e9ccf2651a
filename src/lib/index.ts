// src/lib: tiny pure helpers shared by every layer (seeded rng, UTF-8, paths). No dependencies.
export * from './rng';
export * from './utf8';
export * from './path';
