import { render } from 'preact';
import { PopupApp } from '@/components/PopupApp';
import { createPopupPlatform } from './platform';

render(<PopupApp platform={createPopupPlatform()} />, document.getElementById('app')!);
