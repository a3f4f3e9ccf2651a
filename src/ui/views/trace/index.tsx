// The System calls view (registered as 'trace'): its styles and its container component.

import './trace.css';

export { TraceView } from './TraceView';
