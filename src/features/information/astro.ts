/**
 * The information feature's Astro side: its components, and the collection
 * queries pages need (modules that import astro:content run only inside an
 * Astro build, never in plain Node).
 */
export { default as BrochureCover } from './components/BrochureCover.astro';
export { default as BrochureList } from './components/BrochureList.astro';
export { default as FeedHeadLinks } from './components/FeedHeadLinks.astro';
export { default as FeedLinks } from './components/FeedLinks.astro';
export { default as FigureChart } from './components/FigureChart.astro';
export { default as GuideArticle } from './components/GuideArticle.astro';
export { default as LatestNews } from './components/LatestNews.astro';
export { default as LearnIndex } from './components/LearnIndex.astro';
export { default as MythFact } from './components/MythFact.astro';
export { default as MythQuiz } from './components/MythQuiz.astro';
export { default as NewsList } from './components/NewsList.astro';
export { default as PdfDownload } from './components/PdfDownload.astro';
export { default as ReviewInfo } from './components/ReviewInfo.astro';
export { siteNewsFeed } from './news-entries.ts';
