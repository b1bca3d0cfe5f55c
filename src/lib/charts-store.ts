import { setAutoFreeze } from 'immer'

/**
 * recharts keeps its charts' settings in a Redux store whose reducers freeze what they store (immer's auto
 * freeze), and some of what it stores are the chart's child elements. Production builds render with
 * Preact's compat layer (vite.config.ts, `preactInBuilds`), which writes its bookkeeping onto elements as it
 * renders them; a frozen element breaks the whole page. Each module that draws with recharts imports this
 * first, before recharts creates a store. Nothing else in the app uses immer.
 */
setAutoFreeze(false)
