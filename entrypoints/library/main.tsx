import { render } from 'preact';
import { Library } from '@/components/library/Library';
import '@/components/theme.css';

render(<Library />, document.getElementById('app')!);
