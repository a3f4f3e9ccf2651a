// The Sys interface is defined beside the kernel ABI (kernel/abi/sys.ts) so both sides of the
// system-call boundary share one definition. Programs import it from here.
export * from '../kernel/abi/sys';
