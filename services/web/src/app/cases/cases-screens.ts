import './cases.css';

export { CaseListScreen } from './case-list-screen';
export { CaseScreen } from './case-screen';
export { TransfersScreen } from './transfers-screen';
